/** The durable scheduler: Quartz with its clustered JDBC job store on the Atrium database. */
package org.atriumcrm.core.automation.internal.scheduler;
