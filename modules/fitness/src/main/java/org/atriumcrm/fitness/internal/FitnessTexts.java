package org.atriumcrm.fitness.internal;

import org.atriumcrm.core.spi.BaseTextBundle;
import org.atriumcrm.core.spi.TextBundle;
import org.osgi.service.component.annotations.Component;

/** The Spanish and Russian texts of the module's codes ({@code fitness.…}), from {@code texts/fitness_<language>.properties}. */
@Component(service = TextBundle.class)
public class FitnessTexts extends BaseTextBundle {

    public FitnessTexts() {
        super(ModuleDescriptor.ID, "texts.fitness");
    }
}
