package org.newsevents.nlp;

/**
 * The CoreNLP steps whose time the run reports, in pipeline order: tokenize+ssplit+pos on every
 * sentence, then NER, SUTime and the dependency parser on the sentences the triage selects.
 */
public enum CoreNlpStep {
  TOKENIZE_TAG("tokenize+ssplit+pos"),
  ENTITIES("ner"),
  TIMES("sutime"),
  PARSE("parse");

  private final String label;

  CoreNlpStep(String label) {
    this.label = label;
  }

  /** The step's name in run summaries and the bench report. */
  public String label() {
    return label;
  }
}
