/** The e-mail bundle's configuration and schema; templates, deliveries, the channel and REST live in sub-packages. */
package org.atriumcrm.core.mail.internal;
