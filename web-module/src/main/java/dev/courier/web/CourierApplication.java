package dev.courier.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API, under {@code /courier/api}. */
@ApplicationPath("api")
public class CourierApplication extends Application {}
