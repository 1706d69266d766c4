package dev.interviewkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates our values: implementations stay package-private behind the public
 * abstract types, builders are reached through {@code X.builder()}, no Guava.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"alias:aliases", "child:children", "boilerplate:boilerplate", "media:media"},
        defaults = @Value.Immutable(copy = true),
        // Keep org.immutables.value.Generated (class retention) out of our classes: users compile
        // against them without Immutables on their class path.
        allowedClasspathAnnotations = {Override.class})
@interface ModelStyle {}
