package org.newsevents.events.coding;

import java.util.List;
import org.newsevents.actors.ActorMention;

/** Who acts on whom for one verb, and whose reported speech it is in (or null). */
record Dyads(List<ActorMention> sources, List<ActorMention> targets, ActorMention reporter) {}
