/** Extension points that modules implement; core consumes them as whiteboard services. */
@org.osgi.annotation.versioning.Version("1.8.0")
package org.atriumcrm.core.spi;
