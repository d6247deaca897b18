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
 * @param cameoCode the actor's CAMEO code on the event's day ("USALEG"), or null when unknown or
 *     not needed (the events of earlier runs, which only meet reports of other articles)
 * @param isPerson the actor is one person: two people with one code are two actors, whereas a body
 *     and a member of it with its code ("the House" and "Schiff", both USALEG) can tell one act
 */
public record ActorRef(
    String actorId, String countryCode, boolean isCountry, String cameoCode, boolean isPerson)
    implements Serializable {

  public ActorRef {
    Objects.requireNonNull(actorId, "actorId");
  }

  /** An actor known by its id and country only. */
  public ActorRef(String actorId, String countryCode, boolean isCountry) {
    this(actorId, countryCode, isCountry, null, false);
  }

  /**
   * The country and its most specific sector when the CAMEO code names one ("USALEG", "HKGCOP"),
   * else null: a bare country code adds nothing to {@link #countryCode}, and an agent with no
   * country ("---COP") says nothing about whose police. A composite code keeps its last sector, so
   * Congress ("USAGOVLEG", as the Phoenix dictionary codes it) is the body its members ("USALEG")
   * belong to.
   */
  public String sectorCode() {
    return cameoCode != null
            && cameoCode.length() >= 6
            && countryCode != null
            && cameoCode.startsWith(countryCode)
        ? countryCode + cameoCode.substring(cameoCode.length() - 3)
        : null;
  }
}
