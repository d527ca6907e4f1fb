package org.atriumcrm.benchmarks.internal.module;

import org.atriumcrm.core.spi.BaseCrmModule;
import org.atriumcrm.core.spi.CrmModule;
import org.osgi.service.component.annotations.Component;

/** The smallest module: what the benchmark installs and removes while clients call core. */
@Component(service = CrmModule.class, property = CrmModule.PROP_ID + "=" + BenchModule.ID)
public class BenchModule extends BaseCrmModule {

    public static final String ID = "bench";

    public BenchModule() {
        super(ID, "Benchmark probe", "A module with one endpoint, installed and removed by the benchmark.");
    }
}
