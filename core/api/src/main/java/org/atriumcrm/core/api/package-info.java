/** Client model and the services core implements; modules call these. */
@org.osgi.annotation.versioning.Version("1.8.0")
package org.atriumcrm.core.api;
