package org.atriumcrm.core.store.internal.support;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * Makes EclipseLink write an ordered list of embedded values (phones, addresses) by deleting the rows
 * whose position changed and inserting them at their new one, instead of updating positions in place.
 * In place, a swap writes one row's new position while the other row still holds it, which the
 * list's key (owner, position) refuses; and the update finds a row by all of its values, so one with
 * an empty value (an address without a region) is never found.
 */
public final class EmbeddedListsRewrittenFromFirstChange implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof AggregateCollectionMapping embedded) {
                embedded.setIsListOrderFieldUpdatable(false);
            }
        }
    }
}
