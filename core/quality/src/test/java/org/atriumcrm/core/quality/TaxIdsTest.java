package org.atriumcrm.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks core refuses a legal entity by; the same checksums give the bad-data report's issues. */
class TaxIdsTest {

    // INN 7707083893 (Sberbank): 7*2 + 7*4 + 0*10 + 7*3 + 0*5 + 8*9 + 3*4 + 8*6 + 9*8 = 267; 267 % 11 = 3 -> 3.
    // INN 500100732259: 11th digit 5*7 + 1*10 + 7*9 + 3*4 + 2*6 + 2*8 = 148; 148 % 11 = 5 -> 5;
    //   12th digit 5*3 + 1*4 + 7*5 + 3*9 + 2*4 + 2*6 + 5*8 = 141; 141 % 11 = 9 -> 9.
    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "500100732259", "7736207543", "7736050003", "7707-083-893", "77 07 08 38 93"})
    void acceptsValidInn(String inn) {
        assertEquals(Optional.empty(), TaxIds.inn(inn));
    }

    @ParameterizedTest
    @CsvSource({
        "7707083894, has a wrong check digit",
        "500100732258, has a wrong check digit",
        "500100732269, has a wrong check digit",
        "770708389, must have 10 or 12 digits",
        "77070838931, must have 10 or 12 digits",
        "77070838A3, must have 10 or 12 digits",
    })
    void refusesInvalidInn(String inn, String message) {
        assertEquals(Optional.of(message), TaxIds.inn(inn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"773601001", "770401001", "7736AB001", "7736 01 001", "7736ab001"})
    void acceptsValidKpp(String kpp) {
        assertEquals(Optional.empty(), TaxIds.kpp(kpp));
    }

    @ParameterizedTest
    @CsvSource({
        "77360100, must have 9 characters",
        "7736010011, must have 9 characters",
        "77A601001, 'must be 4 digits, 2 digits or capital Latin letters, and 3 digits'",
        "773601X01, 'must be 4 digits, 2 digits or capital Latin letters, and 3 digits'",
    })
    void refusesInvalidKpp(String kpp, String message) {
        assertEquals(Optional.of(message), TaxIds.kpp(kpp));
    }

    // OGRN 1027700132195 (Sberbank): 102770013219 = 11 * 9342728474 + 5 -> 5.
    // OGRNIP 304500116000157: 30450011600015 = 13 * 2342308584616 + 7 -> 7.
    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1027700229193", "1027700070518", "304500116000157", "1-02-77-00132195"})
    void acceptsValidOgrn(String ogrn) {
        assertEquals(Optional.empty(), TaxIds.ogrn(ogrn));
    }

    @ParameterizedTest
    @CsvSource({
        "1027700132194, has a wrong check digit",
        "304500116000156, has a wrong check digit",
        "102770013219, must have 13 digits (OGRN) or 15 digits (OGRNIP)",
        "30450011600015, must have 13 digits (OGRN) or 15 digits (OGRNIP)",
        "10277001321A5, must have 13 digits (OGRN) or 15 digits (OGRNIP)",
    })
    void refusesInvalidOgrn(String ogrn, String message) {
        assertEquals(Optional.of(message), TaxIds.ogrn(ogrn));
    }

    // DNI 12345678Z: 12345678 % 23 = 14 -> Z.  NIE X1234567L: 01234567 % 23 = 19 -> L.
    // NIE Y1234567X: 11234567 % 23 = 10 -> X.  NIE Z1234567R: 21234567 % 23 = 1 -> R.
    // CIF A58818501: even 8+1+5 = 14, odd 5,8,8,0 doubled 10,16,16,0 -> 1+7+7+0 = 15; (10 - 29 % 10) % 10 = 1.
    // CIF B65410011: even 5+1+0 = 6, odd 6,4,0,1 doubled 12,8,0,2 -> 3+8+0+2 = 13; (10 - 19 % 10) % 10 = 1.
    // CIF Q2826000H: even 8+6+0 = 14, odd 2,2,0,0 doubled -> 4+4 = 8; control 8, Q needs a letter -> H.
    // CIF P2807900B: even 8+7+0 = 15, odd 2,0,9,0 doubled 4,0,18,0 -> 4+0+9+0 = 13; control 2 -> B.
    // CIF G28029643: even 8+2+6 = 16, odd 2,0,9,4 doubled 4,0,18,8 -> 4+0+9+8 = 21; control 3, G takes 3 or C.
    @ParameterizedTest
    @ValueSource(strings = {"12345678Z", "12345678z", "12.345.678-Z", "X1234567L", "Y1234567X", "Z1234567R",
        "x-1234567-l", "A58818501", "B65410011", "Q2826000H", "P2807900B", "G28029643", "G2802964C"})
    void acceptsValidSpanishTaxId(String id) {
        assertEquals(Optional.empty(), TaxIds.spanishTaxId(id));
    }

    @ParameterizedTest
    @CsvSource({
        "12345678A, has a wrong control letter",
        "X1234567A, has a wrong control letter",
        "A58818502, has a wrong control character",
        "A5881850A, has a wrong control character",
        "Q28260008, has a wrong control character",
        "Q2826000B, has a wrong control character",
        "G2802964D, has a wrong control character",
        "1234567Z, has a wrong control letter",
    })
    void refusesSpanishTaxIdWithWrongControl(String id, String message) {
        assertEquals(Optional.of(message), TaxIds.spanishTaxId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789Z", "1234567AZ", "W1234567L", "I58818501", "A5881850", "ESA5881850"})
    void refusesWhatIsNoSpanishTaxId(String id) {
        assertEquals(Optional.of("must be a NIF (8 digits and a letter), NIE (X, Y or Z, 7 digits and a letter)"
                + " or CIF (a letter, 7 digits and a control character)"), TaxIds.spanishTaxId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE123456789", "de 123 456 789", "ESA58818501", "ESX1234567L", "ES12345678Z",
        "NL123456789B01", "FRXX999999999", "FR40303265045", "ATU12345678", "BE0123456789", "BE1234567890",
        "EL123456789", "IT12345678901", "PL1234567890", "PT123456789", "SE123456789001", "IE1234567WA",
        "IE1A23456B", "CY12345678L", "LT123456789012", "RO1234", "XI123456789", "XIGD123", "GR123456789"})
    void acceptsWellFormedEuVatWhateverItsCheckDigit(String vat) {
        assertEquals(Optional.empty(), TaxIds.vatNumber(vat));
    }

    // GB 123456782: 1*8 + 2*7 + 3*6 + 4*5 + 5*4 + 6*3 + 7*2 = 112, + 82 = 194 = 2 * 97.
    // CHE-116.281.710: 1*5 + 1*4 + 6*3 + 2*2 + 8*7 + 1*6 + 7*5 + 1*4 = 132 = 12 * 11, so the check digit is 0.
    // NO 923609016: 9*3 + 2*2 + 3*7 + 6*6 + 0*5 + 9*4 + 0*3 + 1*2 = 126 = 11 * 11 + 5, so the check digit is 11 - 5 = 6.
    @ParameterizedTest
    @ValueSource(strings = {"GB123456782", "GB 123 4567 82", "GB123456782001", "GBGD123", "GBHA567", "CHE-116.281.710",
        "CHE-116.281.710 MWST", "CHE116281710TVA", "che-116.281.710 iva", "NO923609016", "NO 923 609 016 MVA", "NO923609016mva"})
    void acceptsVatNumbersOfTheUnitedKingdomSwitzerlandAndNorway(String vat) {
        assertEquals(Optional.empty(), TaxIds.vatNumber(vat));
    }

    @ParameterizedTest
    @CsvSource({
        "GB12345678, 'must be GB followed by 9 or 12 digits, or GD or HA and 3 digits'",
        "GBXY123, 'must be GB followed by 9 or 12 digits, or GD or HA and 3 digits'",
        "CHE-116.281.71, 'must be CH followed by E and 9 digits, with MWST, TVA or IVA after them or not'",
        "CH116281710, 'must be CH followed by E and 9 digits, with MWST, TVA or IVA after them or not'",
        "CHE-116.281.710 VAT, 'must be CH followed by E and 9 digits, with MWST, TVA or IVA after them or not'",
        "NO92360901, 'must be NO followed by 9 digits, with MVA after them or not'",
        "NO923609016 MWST, 'must be NO followed by 9 digits, with MVA after them or not'",
    })
    void refusesMalformedNonEuVat(String vat, String message) {
        assertEquals(Optional.of(message), TaxIds.vatNumber(vat));
    }

    @ParameterizedTest
    @CsvSource({
        "DE12345678, must be DE followed by 9 digits",
        "DE12345678A, must be DE followed by 9 digits",
        "ATU1234567, must be AT followed by U and 8 digits",
        "BE2123456789, must be BE followed by 10 digits starting with 0 or 1",
        "NL123456789A01, 'must be NL followed by 9 digits, B and 2 digits'",
        "FROX999999999, must be FR followed by 2 letters or digits and 9 digits",
        "ES123456789012, 'must be ES followed by a letter or digit, 7 digits and a letter or digit'",
        "US123456789, 'must start with a country code such as DE, ES, GB or CH'",
        "123456789, 'must start with a country code such as DE, ES, GB or CH'",
        "D, 'must start with a country code such as DE, ES, GB or CH'",
    })
    void refusesMalformedEuVat(String vat, String message) {
        assertEquals(Optional.of(message), TaxIds.vatNumber(vat));
    }

    // Published examples; rearranged and turned into numbers each leaves 1 modulo 97, e.g.
    // DE89370400440532013000 -> 370400440532013000 + DE89 -> 370400440532013000131489 % 97 = 1.
    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "de89370400440532013000",
        "ES9121000418450200051332", "GB82WEST12345698765432", "GB29NWBK60161331926819",
        "FR1420041010050500013M02606", "NO9386011117947"})
    void acceptsValidIban(String iban) {
        assertEquals(Optional.empty(), TaxIds.iban(iban));
    }

    @ParameterizedTest
    @CsvSource({
        "DE88370400440532013000, has wrong check digits",
        "DE89370400440532013001, has wrong check digits",
        "GB82WEST12345698765423, has wrong check digits",
        "DE8937040044, must have 15 to 34 characters",
        "DE8937040044053201300000000000000000, must have 15 to 34 characters",
        "1289370400440532013000, 'must be 2 letters, 2 digits and then only letters and digits'",
        "DEXX370400440532013000, 'must be 2 letters, 2 digits and then only letters and digits'",
        "DE89370400440532013_00, 'must be 2 letters, 2 digits and then only letters and digits'",
    })
    void refusesInvalidIban(String iban, String message) {
        assertEquals(Optional.of(message), TaxIds.iban(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEUTDEFF", "DEUTDEFF500", "deutdeff", "NWBKGB2L", "CAIXESBBXXX", "SABRRUMM012"})
    void acceptsValidBic(String bic) {
        assertEquals(Optional.empty(), TaxIds.bic(bic));
    }

    @ParameterizedTest
    @CsvSource({
        "DEUTDEF, must have 8 or 11 characters",
        "DEUTDEFF50, must have 8 or 11 characters",
        "DEU1DEFF, must be 6 letters followed by 2 or 5 letters or digits",
        "DEUTD1FF, must be 6 letters followed by 2 or 5 letters or digits",
        "DEUTDEFF5_0, must be 6 letters followed by 2 or 5 letters or digits",
    })
    void refusesInvalidBic(String bic, String message) {
        assertEquals(Optional.of(message), TaxIds.bic(bic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"044525225", "044525974", "04-45-25-225"})
    void acceptsValidRussianBik(String bik) {
        assertEquals(Optional.empty(), TaxIds.russianBik(bik));
    }

    @ParameterizedTest
    @CsvSource({
        "04452522, must have 9 digits",
        "0445252250, must have 9 digits",
        "04452522A, must have 9 digits",
        "144525225, must start with 04",
    })
    void refusesInvalidRussianBik(String bik, String message) {
        assertEquals(Optional.of(message), TaxIds.russianBik(bik));
    }

    // Key check over the BIK's last 3 digits + the account with weights 7,1,3 repeated:
    // 225 40702810938000000001 -> 14+2+15 + 28+0+21 + 0+2+24 + 7+0+27 + 21+8+0 + 0+0+0 + 0+0+0 + 0+1 = 170 -> ends in 0.
    @ParameterizedTest
    @CsvSource({
        "044525225, 40702810938000000001",
        "044525225, 4070 2810 9380 0000 0001",
        "'', 40702810038000000001",
        "12345, 40702810038000000001",
    })
    void acceptsValidSettlementAccount(String bik, String account) {
        assertEquals(Optional.empty(), TaxIds.russianSettlementAccount(bik, account));
    }

    @ParameterizedTest
    @CsvSource({
        "044525225, 40702810038000000001, has a wrong control key for this BIK",
        "044525974, 40702810938000000001, has a wrong control key for this BIK",
        "044525225, 4070281093800000000, must have 20 digits",
        "044525225, 407028109380000000011, must have 20 digits",
        "044525225, 4070281093800000000A, must have 20 digits",
        "'', 4070281093800000000, must have 20 digits",
    })
    void refusesInvalidSettlementAccount(String bik, String account, String message) {
        assertEquals(Optional.of(message), TaxIds.russianSettlementAccount(bik, account));
    }

    // Key check over "0" + BIK digits 5-6 + the account with weights 7,1,3 repeated; Sberbank:
    // 025 30101810400000000225 -> 0+2+15 + 21+0+3 + 0+1+24 + 7+0+12 + 0+0+0 + 0+0+0 + 0+0+6 + 14+5 = 110 -> ends in 0.
    // The others are the published correspondent accounts of T-Bank, Alfa-Bank and VTB.
    @ParameterizedTest
    @CsvSource({
        "044525225, 30101810400000000225",
        "044525974, 30101810145250000974",
        "044525593, 30101810200000000593",
        "044525187, 30101810700000000187",
        "'', 30101810000000000225",
    })
    void acceptsValidCorrespondentAccount(String bik, String account) {
        assertEquals(Optional.empty(), TaxIds.russianCorrespondentAccount(bik, account));
    }

    @ParameterizedTest
    @CsvSource({
        "044525225, 30101810500000000225, has a wrong control key for this BIK",
        "044030653, 30101810400000000225, has a wrong control key for this BIK",
        "044525225, 40702810938000000001, must start with 301",
        "044525225, 3010181040000000022, must have 20 digits",
        "044525225, 3010181040000000022X, must have 20 digits",
    })
    void refusesInvalidCorrespondentAccount(String bik, String account, String message) {
        assertEquals(Optional.of(message), TaxIds.russianCorrespondentAccount(bik, account));
    }
}
