package org.newsevents.actors;

import java.io.Serializable;
import java.util.List;

/**
 * A canonical actor as a run saw it: from the dictionary (known) or discovered in the text
 * (unknown, with the country and role the text gave it, and the sentence that says so as evidence).
 */
public record ResolvedActor(
    String actorKey,
    String name,
    String actorType,
    String countryCode,
    String role,
    String cameoCode,
    List<String> aliases,
    boolean known,
    String evidence)
    implements Serializable {}
