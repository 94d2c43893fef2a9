package org.accord.api.history;

/** How far the rebuild of the read models is; answers {@link RebuildProgress}. Chair only. */
public record FindRebuildProgress() {
}
