/** The delivery log of every message and the opt-outs per client and channel, and the log on the timeline. */
package org.atriumcrm.core.mail.internal.delivery;
