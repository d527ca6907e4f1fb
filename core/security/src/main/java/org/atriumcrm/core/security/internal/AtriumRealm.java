package org.atriumcrm.core.security.internal;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.atriumcrm.core.api.security.UserService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Karaf JAAS realm {@value #NAME}: one login module, {@link AtriumLoginModule}, on Atrium's
 * users. Karaf loads the module through its proxy from this bundle. Another realm (LDAP) can be
 * used instead by naming it in {@code etc/org.atriumcrm.security.cfg}.
 */
@Component(service = {JaasRealm.class, AtriumRealm.class}, configurationPid = SecurityConfiguration.PID)
public class AtriumRealm implements JaasRealm {

    public static final String NAME = "atrium";

    private final BundleContext context;
    private final Credentials credentials;

    @Activate
    public AtriumRealm(BundleContext context, @Reference(target = SecuritySchema.UNIT_FILTER) JpaTemplate jpa,
                       @Reference SecuritySchema schema, @Reference UserService users, SecurityConfiguration configuration) {
        this.context = context;
        this.credentials = new Credentials(jpa, users, configuration.password_iterations());
    }

    Credentials credentials() {
        return credentials;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, AtriumLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                AtriumLoginModule.CHECK_OPTION, credentials);
        return new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                    options)
        };
    }
}
