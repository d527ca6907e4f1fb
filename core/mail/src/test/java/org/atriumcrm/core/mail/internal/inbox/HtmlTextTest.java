package org.atriumcrm.core.mail.internal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksAndBreaksBecomeLinesAndLinksKeepTheirAddress() {
        String text = HtmlText.of("<html><head><title>T</title><style>p{color:red}</style></head><body>"
                + "<p>Hello <b>Anna</b>,</p><p>the offer is <a href=\"https://shop.example/offer\">here</a>.<br>Regards</p>"
                + "<div>Bob&nbsp;Smith</div></body></html>");
        assertEquals("Hello Anna,\nthe offer is here (https://shop.example/offer).\nRegards\nBob Smith", text);
    }

    @Test
    void scriptsStylesAndMarkupNeverReachTheText() {
        String text = HtmlText.of("<p onclick=\"steal()\">Hi</p><script>alert('x')</script><iframe src=\"https://evil.example\"></iframe>"
                + "<style>.a{}</style><p>&lt;script&gt; stays text</p>");
        assertEquals("Hi\n<script> stays text", text);
        assertFalse(text.contains("alert"));
    }

    @Test
    void aLinkShowingItsAddressIsNotRepeatedAndOtherSchemesAreLeftOut() {
        assertEquals("https://a.example and click", HtmlText.of("<a href=\"https://a.example\">https://a.example</a> and "
                + "<a href=\"javascript:alert(1)\">click</a>"));
    }

    @Test
    void emptyLinesAreFoldedToOne() {
        assertEquals("a\n\nb", HtmlText.tidy("  a  \n\n\n\n   b \n\n"));
    }
}
