package org.newsevents.bench;

/**
 * Who did what to whom, as gold sets and the coder both state it: the source and target actor codes
 * ("" when there is none) and the event (a CAMEO code, or a PLOVER event, depending on the level it
 * is compared at).
 */
public record EventTuple(String source, String target, String event) {
  public EventTuple {
    source = source == null ? "" : source.strip();
    target = target == null ? "" : target.strip();
    event = event == null ? "" : event.strip();
  }

  @Override
  public String toString() {
    return dash(source) + " " + dash(target) + " " + dash(event);
  }

  private static String dash(String value) {
    return value.isEmpty() ? "-" : value;
  }
}
