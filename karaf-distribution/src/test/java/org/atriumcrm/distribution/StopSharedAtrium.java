package org.atriumcrm.distribution;

import org.junit.runner.Result;
import org.junit.runner.notification.RunListener;

/**
 * Stops the shared Atrium once every test class has run, as failsafe's listener: inside the run,
 * so Karaf stops in its own time rather than in a shutdown hook the forked JVM gives a few
 * seconds ({@code forkedProcessExitTimeoutInSeconds}) before it halts.
 */
public class StopSharedAtrium extends RunListener {

    @Override
    public void testRunFinished(Result result) {
        RunningAtrium.stopShared();
    }
}
