package org.newsevents.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event already published by an earlier run, as dedup needs it: the fields of the mention that
 * anchored it.
 *
 * @param actor2 the target, or null for an action without one
 * @param eventDate the event's date, or null when nothing dated it
 * @param dateBasis what dated the mention that anchored it
 * @param locationCountryCode where it took place (ISO 3166 alpha-3), or null
 */
public record KnownEvent(
    String eventId,
    ActorRef actor1,
    ActorRef actor2,
    String eventCode,
    String rootCode,
    LocalDate eventDate,
    EventDate.Precision precision,
    DateBasis dateBasis,
    String locationCountryCode)
    implements Serializable {

  public KnownEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(rootCode, "rootCode");
    Objects.requireNonNull(dateBasis, "dateBasis");
  }
}
