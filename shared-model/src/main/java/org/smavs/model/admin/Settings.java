package org.smavs.model.admin;

/** Tunables an admin may change at run time. */
public record Settings(double faceThreshold, double livenessThreshold, int qrStepSeconds, int qrGraceSteps,
                       int selfieRetentionDays) {
}
