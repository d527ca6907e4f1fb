/** EventAdmin topics and property names core posts after a change is committed. */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.atriumcrm.core.event;
