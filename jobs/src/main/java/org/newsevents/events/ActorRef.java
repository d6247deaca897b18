package org.newsevents.events;

import java.io.Serializable;
import java.util.Objects;

/**
 * An actor as dedup sees it.
 *
 * @param actorId the canonical actor's id (dim_actors.actor_id)
 * @param countryCode the actor's country (ISO 3166 alpha-3), or null when unknown
 * @param isCountry the actor IS a country (actor_type 'country'), so a report naming only the
 *     country matches any actor of that country ("Russia" and "Lavrov (RUS)")
 */
public record ActorRef(String actorId, String countryCode, boolean isCountry)
    implements Serializable {

  public ActorRef {
    Objects.requireNonNull(actorId, "actorId");
  }
}
