package dev.courier.web.dispatch;

import java.util.List;

/** The ids of a batch's messages, in the order they were sent. */
public record BatchAccepted(List<String> ids) {}
