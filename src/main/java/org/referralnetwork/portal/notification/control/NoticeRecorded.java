package org.referralnetwork.portal.notification.control;

/** Fired when an event went into the outbox; observed after the commit, to send without waiting for the job. */
public record NoticeRecorded() {}
