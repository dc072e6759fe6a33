package dev.parley.core.actors;

/** What an actor is: a person, an organisation (government body, IGO, outlet, group), a country or a place. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION
}
