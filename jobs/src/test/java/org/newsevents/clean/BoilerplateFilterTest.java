package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.clean.BoilerplateFilter.Removed;
import org.newsevents.clean.BoilerplateFilter.Result;

/**
 * One rule per test, on small made-up pages in the shapes news sites use; every test also checks
 * that the real sentences around the furniture are kept.
 */
class BoilerplateFilterTest {

  private static final String TITLE = "Floods force thousands from their homes in northern Italy";

  private static Result filter(String... paragraphs) {
    return BoilerplateFilter.filter(List.of(paragraphs));
  }

  private static List<String> reasons(Result result) {
    return result.removed().stream().map(Removed::reason).toList();
  }

  private static List<String> removedTexts(Result result) {
    return result.removed().stream().map(Removed::text).toList();
  }

  // --- captions and credits
  // ----------------------------------------------------------------------------------------

  @Test
  void cutsCreditAndCaptionButKeepsFollowingSentence() {
    Result result =
        filter(
            TITLE,
            "Rivers burst their banks on Sunday after three days of rain. © Reuters - Jane Roe Rescue workers carry a"
                + " child through a flooded street in Modena on 3 May 2023. Some 4,000 people spent the night in"
                + " shelters, officials said.");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Rivers burst their banks on Sunday after three days of rain. Some 4,000 people spent the night in"
                + " shelters, officials said.");
    assertThat(result.removed())
        .containsExactly(
            new Removed(
                1,
                "caption",
                "© Reuters - Jane Roe Rescue workers carry a child through a flooded street in Modena on 3 May"
                    + " 2023."));
  }

  /**
   * On the 10k bench, seven event mentions came from BBC caption lines such as "Image copyright AFP
   * Image caption Mr Gorbachev and Mr Reagan signed the INF treaty in 1987".
   */
  @Test
  void aBroadcastersCaptionLabelLineIsACaption() {
    String caption =
        "Image copyright Reuters Image caption Rescue workers carried a child through a flooded"
            + " street in Modena";
    String video = "Media caption Residents describe the night the river burst its banks";
    String body = "Rivers burst their banks on Sunday after three days of rain.";
    Result result = filter(TITLE, caption, body, video, "The image caption contest was cancelled.");

    assertThat(result.kept())
        .containsExactly(TITLE, body, "The image caption contest was cancelled.");
    assertThat(reasons(result)).containsExactly("caption", "caption");
  }

  /**
   * News audit B: a gallery's caption saved with the page, "Hide Caption 63 of 73 Photos: ...
   * Israeli ground forces move to the Gaza border on July 18", was coded as a troop movement.
   */
  @Test
  void aGallerysHideCaptionLineIsACaption() {
    String caption =
        "Hide Caption 12 of 40 Photos: Floods in Italy – Rescue workers carry a child through a"
            + " flooded street in Modena on May 3.";
    String body = "Rivers burst their banks on Sunday after three days of rain.";
    Result result = filter(TITLE, caption, body);

    assertThat(result.kept()).containsExactly(TITLE, body);
    assertThat(reasons(result)).containsExactly("caption");
  }

  /**
   * On the 10k bench audit, "The warplanes targeted an ISIS convoy near Irbil, the Pentagon says",
   * a bullet of a page's story highlights, was coded as an event of its own.
   */
  @Test
  void storyHighlightsAboveTheArticleAreRemovedUpToItsFirstSentence() {
    String body =
        "Rescue teams on Monday reached villages cut off by the floods in the hills above Modena,"
            + " officials said.";
    Result result =
        filter(
            TITLE,
            "Story highlights Rescue teams reach villages cut off by the floods",
            "Some 4,000 people spent the night in shelters",
            "Italy's government says it will release emergency funds",
            body,
            "The region's governor said the rain was the heaviest in a century.");

    assertThat(result.kept())
        .containsExactly(
            TITLE, body, "The region's governor said the rain was the heaviest in a century.");
    assertThat(reasons(result)).containsExactly("highlights", "highlights", "highlights");
  }

  /** On the 10k bench audit, "JUST WATCHED Is Syrian government moving weapons?" was coded. */
  @Test
  void aVideoPlayersJustWatchedCardIsAnEmbed() {
    String card =
        "JUST WATCHED Should the region get emergency funds? Replay More Videos ... MUST WATCH"
            + " Should the region get emergency funds? 06:22";
    String body = "Rivers burst their banks on Sunday after three days of rain.";
    Result result = filter(TITLE, body, card, "I just watched the river rise from my window.");

    assertThat(result.kept())
        .containsExactly(TITLE, body, "I just watched the river rise from my window.");
    assertThat(reasons(result)).containsExactly("embed");
  }

  @Test
  void captionAfterCreditEndsOnlyOutsideBrackets() {
    Result result =
        filter(
            TITLE,
            "© Photo: John Roe (Copyright 2023 The Associated Press. All Rights Reserved.) The prime minister visits"
                + " Bologna on Monday, May 4th 2023. The government promised emergency funds.");

    assertThat(result.kept()).containsExactly(TITLE, "The government promised emergency funds.");
    assertThat(reasons(result)).containsExactly("caption");
  }

  @Test
  void creditWithoutCaptionIsACredit() {
    Result result =
        filter(TITLE, "Photo: Getty Images", "Water levels are expected to fall by Wednesday.");

    assertThat(result.kept())
        .containsExactly(TITLE, "Water levels are expected to fall by Wednesday.");
    assertThat(result.removed()).containsExactly(new Removed(1, "credit", "Photo: Getty Images"));
  }

  @Test
  void cutsCaptionInAnotherLanguageWrittenBeforeTheCredit() {
    Result result =
        filter(
            TITLE,
            "Le maire de Modène (à g.) et la ministre (au centre) © Jean Roe / Pool via AP - The mayor of Modena"
                + " (left) and the minister (centre)",
            "The mayor asked for army help on Saturday.");

    assertThat(result.kept()).containsExactly(TITLE, "The mayor asked for army help on Saturday.");
    assertThat(reasons(result)).containsExactly("caption");
  }

  @Test
  void closingAgencyCreditTakesItsCaptionSentence() {
    Result result =
        filter(
            TITLE,
            "Volunteers fill sandbags in Ravenna on Monday. (AP Photo/Luca Bruno)",
            "Volunteers worked through the night, the civil protection agency said.");

    assertThat(result.kept())
        .containsExactly(
            TITLE, "Volunteers worked through the night, the civil protection agency said.");
    assertThat(reasons(result)).containsExactly("caption");
  }

  @Test
  void agencySlashCreditOpeningALineLeadsItsCaption() {
    Result result =
        filter(
            TITLE,
            "REUTERS/Jane Roe A woman wades through a flooded street in Cesena, Italy, May 17, 2023. The river rose"
                + " two metres overnight, the mayor said.");

    assertThat(result.kept())
        .containsExactly(TITLE, "The river rose two metres overnight, the mayor said.");
    assertThat(reasons(result)).containsExactly("caption");
  }

  @Test
  void agencyDatelineIsNotACredit() {
    String lead =
        "ROME (Reuters) - Italy declared a state of emergency in three regions on Tuesday.";

    assertThat(filter(TITLE, lead).kept()).containsExactly(TITLE, lead);
  }

  @Test
  void positionMarkerCaptionIsRemovedButReportedSpeechIsKept() {
    String speech = "Mr Rossi (left) said the damage would take years to repair.";
    Result result =
        filter(
            TITLE,
            "Regional president Marco Rossi (left) meets rescue teams in Faenza on May 3.",
            speech);

    assertThat(result.kept()).containsExactly(TITLE, speech);
    assertThat(reasons(result)).containsExactly("caption");
  }

  @Test
  void nameOnlyLineUnderTheTitleIsACaptionButSubheadingsStay() {
    Result result =
        filter(
            TITLE,
            "Giorgia Meloni",
            "The prime minister cut short a trip abroad to visit the region.",
            "Aid for farmers",
            "Farm groups said crops on 5,000 hectares were lost.");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "The prime minister cut short a trip abroad to visit the region.",
            "Aid for farmers",
            "Farm groups said crops on 5,000 hectares were lost.");
    assertThat(result.removed()).containsExactly(new Removed(1, "caption", "Giorgia Meloni"));
  }

  @Test
  void agencyCreditLineIsACredit() {
    Result result =
        filter(
            TITLE,
            "The storm is expected to move east on Thursday.",
            "With reporting from Reuters and AFP");

    assertThat(result.kept())
        .containsExactly(TITLE, "The storm is expected to move east on Thursday.");
    assertThat(reasons(result)).containsExactly("credit");
  }

  @Test
  void copyrightNoticeIsCutFromTheEndOfAParagraph() {
    Result result =
        filter(
            TITLE,
            "Schools will stay closed until Friday. © 2023 Example News Ltd. All rights reserved. This material may"
                + " not be republished.");

    assertThat(result.kept()).containsExactly(TITLE, "Schools will stay closed until Friday.");
    assertThat(reasons(result)).containsExactly("credit");
  }

  @Test
  void sentencesThatOnlyTalkAboutCreditsOrCopyrightAreKept() {
    List<String> article =
        List.of(
            TITLE,
            "Reports from the worst-hit towns suggest the water is now receding.",
            "Copyright lawsuits over flood photos taken by residents are expected, a lawyer said.",
            "The damage report may not be published until next week, officials said.",
            "Residents were urged to register for emergency alerts on the city website.");

    assertThat(BoilerplateFilter.filter(article).kept()).containsExactlyElementsOf(article);
  }

  @Test
  void titleCaseHeadlineUnderTheTitleIsNotTakenForAName() {
    Result result =
        filter(TITLE, "Worst Is Yet To Come", "Forecasters expect more rain on Thursday.");

    assertThat(result.kept())
        .containsExactly(
            TITLE, "Worst Is Yet To Come", "Forecasters expect more rain on Thursday.");
  }

  // --- widgets and embeds
  // ------------------------------------------------------------------------------------------

  @Test
  void removesExitMobileVersionLink() {
    Result result =
        filter(TITLE, "Train services resumed on Monday evening.", "Exit mobile version");

    assertThat(result.kept()).containsExactly(TITLE, "Train services resumed on Monday evening.");
    assertThat(reasons(result)).containsExactly("exit-mobile");
  }

  @Test
  void removesQuestionMarkRunAndKeepsTheSentenceAfterIt() {
    Result result = filter(TITLE, "?????????? ????? - Rain is forecast to ease over the weekend.");

    assertThat(result.kept()).containsExactly(TITLE, "Rain is forecast to ease over the weekend.");
    assertThat(reasons(result)).containsExactly("question-marks");
  }

  @Test
  void questionMarkLeftoverThatRepeatsAnotherParagraphGoes() {
    String clean =
        "Thousands of residents were evacuated from towns along the Po river as water levels kept rising overnight.";
    Result result =
        filter(
            TITLE,
            "??????? Thousands of residents were evacuated from towns along the Po river as water levels rose"
                + " overnight.",
            clean);

    assertThat(result.kept()).containsExactly(TITLE, clean);
    assertThat(reasons(result)).containsExactly("question-marks", "near-duplicate");
  }

  @Test
  void removesVideoTitleAndViewOnLinkLeftByEmbeds() {
    Result result =
        filter(
            TITLE,
            "Video: Floods sweep through Emilia-Romagna (YouTube)",
            "Roads remain closed across the region. View on Examplenews",
            "Watch: drone footage of the flooded plain");

    assertThat(result.kept()).containsExactly(TITLE, "Roads remain closed across the region.");
    assertThat(reasons(result)).containsExactly("embed", "embed", "embed");
  }

  @Test
  void removesColonLeadInOfAMissingEmbedButKeepsOneBeforeAQuote() {
    Result result =
        filter(
            TITLE,
            "This video shows the moment the river broke through the dyke:",
            "Further south, the coastal road was cut off by landslides.",
            "On social media, the mayor posted pictures of the damage and wrote:",
            "“We will rebuild everything, street by street.”");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Further south, the coastal road was cut off by landslides.",
            "On social media, the mayor posted pictures of the damage and wrote:",
            "“We will rebuild everything, street by street.”");
    assertThat(reasons(result)).containsExactly("embed");
  }

  @Test
  void removesEmbeddedTweetWithItsSignature() {
    Result result =
        filter(
            TITLE,
            "Red alert extended to Bologna province until midnight pic.twitter.com/AbC123 — Civil Protection"
                + " (@civilprotection) May 17, 2023",
            "The alert was later extended to Friday.");

    assertThat(result.kept()).containsExactly(TITLE, "The alert was later extended to Friday.");
    assertThat(reasons(result)).containsExactly("embed");
  }

  @Test
  void removesCommentWidgetAfterTheArticle() {
    Result result =
        filter(
            TITLE,
            "The regional government said damage could exceed one billion euros.",
            "12 comments\nWhat a tragedy!\nStay safe everyone");

    assertThat(result.kept())
        .containsExactly(
            TITLE, "The regional government said damage could exceed one billion euros.");
    assertThat(reasons(result)).containsExactly("comment", "comment", "comment");
  }

  @Test
  void commentCounterAboveTheArticleLeavesTheLinesAfterIt() {
    Result result =
        filter(
            TITLE,
            "3 comments",
            "Rescue work continues",
            "Firefighters rescued 20 people from rooftops in Cesena overnight, the fire service said.");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Rescue work continues",
            "Firefighters rescued 20 people from rooftops in Cesena overnight, the fire service said.");
  }

  @Test
  void commentInviteInsideTheArticleLeavesTheParagraphsAfterIt() {
    List<String> article =
        List.of(
            TITLE,
            "Floods in northern Italy have killed 14 people, officials said on Sunday.",
            "Have your say",
            "Rescue teams are still searching for two missing farmers.",
            "Schools will stay closed until Friday.",
            "The government will meet on Tuesday to approve an aid package worth two billion euros for the region's"
                + " farms, shops and families, the economy minister told reporters in Rome after a visit to Ravenna.",
            "Insurers said most homes in the area were not covered, leaving families to pay for repairs themselves"
                + " unless the state steps in with grants, according to the national association of insurers.");

    Result result = BoilerplateFilter.filter(article);

    assertThat(result.removed()).containsExactly(new Removed(2, "comment", "Have your say"));
  }

  @Test
  void removesCommentThreadFoundBySignatures() {
    Result result =
        filter(
            TITLE,
            "The army sent 500 soldiers to help with the clean-up, the defence ministry said on Sunday.",
            "Comments",
            "Why were the river banks not maintained? This happens every few years and nothing is done about it.",
            "Posted by: anna_b | May 18, 2023 09:12 AM",
            "My parents live in Lugo and their street is still under water, we need help now.",
            "Posted by: pietro | May 18, 2023 10:40 AM");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "The army sent 500 soldiers to help with the clean-up, the defence ministry said on Sunday.");
    assertThat(reasons(result)).containsOnly("comment").hasSize(5);
  }

  @Test
  void aWrappedLineReadingCommentDoesNotStartACommentSection() {
    List<String> article =
        List.of(
            TITLE,
            "The army sent 500 soldiers to help with the clean-up, the defence ministry said on Sunday.",
            "The regional civil protection agency was not available for",
            "comment.",
            "Rescue teams are still searching for two missing farmers near Faenza.",
            "Schools in the province will stay closed until Friday, the prefect said.");

    Result result = BoilerplateFilter.filter(article);

    assertThat(reasons(result)).doesNotContain("comment");
    assertThat(result.kept()).containsExactlyElementsOf(article);
  }

  @Test
  void aCommentHeadingInLowerCaseUnderAFinishedSentenceStillOpensTheCommentSection() {
    Result result =
        filter(
            TITLE,
            "The regional government said damage could exceed one billion euros.",
            "comments.",
            "What a tragedy!",
            "Stay safe everyone");

    assertThat(result.kept())
        .containsExactly(
            TITLE, "The regional government said damage could exceed one billion euros.");
    assertThat(reasons(result)).containsExactly("comment", "comment", "comment");
  }

  // --- teasers, author boxes, promos
  // -------------------------------------------------------------------------------

  @Test
  void removesTeaserBlockAfterMarkerUpToTheNextRealParagraph() {
    String after =
        "Insurers said most homes in the area were not covered for floods, the association said.";
    Result result =
        filter(
            TITLE,
            "Read more",
            "Drought to floods: how Italy's weather turned",
            "Scientists say the dry winter left soil unable to absorb the sudden rain, which …",
            after);

    assertThat(result.kept()).containsExactly(TITLE, after);
    assertThat(reasons(result)).containsExactly("teaser", "teaser", "teaser");
  }

  @Test
  void removesStoryCardsUnderASectionLink() {
    String last =
        "The regional council will vote on the reconstruction plan on Thursday, its president said.";
    Result result =
        filter(
            TITLE,
            "Army engineers began rebuilding the main bridge in Faenza on Monday, the defence ministry said.",
            "The work is expected to take six weeks, and a temporary crossing will open on Friday.",
            "World »",
            "Storm kills three in southern France",
            "Three people died when a storm hit the Var region on Sunday night.",
            "Greece battles early wildfires",
            "Firefighters were fighting three wildfires near Athens on Monday.",
            "Related",
            "How the floods unfolded",
            last);

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Army engineers began rebuilding the main bridge in Faenza on Monday, the defence ministry said.",
            "The work is expected to take six weeks, and a temporary crossing will open on Friday.",
            last);
    assertThat(reasons(result)).containsOnly("teaser").hasSize(7);
  }

  @Test
  void quotationInGuillemetsIsNotASectionLink() {
    List<String> article =
        List.of(
            "Inondations en Émilie-Romagne",
            "Le maire de Faenza a demandé l'aide de l'armée dimanche soir, après la rupture de deux digues.",
            "« Nous resterons ici »",
            "Habitants en colère",
            "Les habitants du quartier ont refusé de quitter leurs maisons malgré l'ordre d'évacuation.");

    assertThat(BoilerplateFilter.filter(article).kept()).containsExactlyElementsOf(article);
  }

  @Test
  void removesInlineReadMoreLine() {
    Result result =
        filter(
            TITLE,
            "Read more: Drought to floods, how Italy's weather turned",
            "Rain stopped on Monday.");

    assertThat(result.kept()).containsExactly(TITLE, "Rain stopped on Monday.");
    assertThat(reasons(result)).containsExactly("teaser");
  }

  @Test
  void removesAuthorBoxAndBiography() {
    Result result =
        filter(
            TITLE,
            "The clean-up is expected to take months.",
            "About Maria Lopez",
            "Maria Lopez is a reporter covering southern Europe for the paper.");

    assertThat(result.kept()).containsExactly(TITLE, "The clean-up is expected to take months.");
    assertThat(reasons(result)).containsExactly("author-box", "author-box");
  }

  @Test
  void removesPromoBoxHeadingAndBlurb() {
    Result result =
        filter(
            TITLE,
            "Live blog: Floods in Italy",
            "Follow our live blog for the latest on the floods, updated throughout the day.",
            "Sign up for our morning newsletter to get the news in your inbox.",
            "Advertisement",
            "Share Tweet Email Print",
            "Officials said 36,000 people had been displaced.");

    assertThat(result.kept())
        .containsExactly(TITLE, "Officials said 36,000 people had been displaced.");
    assertThat(reasons(result)).containsOnly("promo").hasSize(5);
  }

  @Test
  void cutsCardHeadlineRepeatedAtTheStartOfTheCardText() {
    Result result =
        filter(
            TITLE,
            "Rescue teams reach isolated mountain villages",
            "Rescue teams reach isolated mountain villages Helicopters brought food and water to 12 villages cut off"
                + " by landslides.");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Rescue teams reach isolated mountain villages",
            "Helicopters brought food and water to 12 villages cut off by landslides.");
    assertThat(result.removed())
        .containsExactly(
            new Removed(2, "repeated-teaser", "Rescue teams reach isolated mountain villages"));
  }

  @Test
  void subheadingWhoseWordsOpenTheNextSentenceIsNotARepeat() {
    Result result =
        filter(
            TITLE,
            "The cost of the damage",
            "The cost of the damage has not yet been estimated, officials said.");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "The cost of the damage",
            "The cost of the damage has not yet been estimated, officials said.");
  }

  @Test
  void removesToolbarsMadeOnlyOfSharingWordsButNotHeadlinesUsingThem() {
    Result result =
        filter(
            TITLE,
            "E-mail Article | Print-Friendly | Subscribe to RSS Feed",
            "Facebook and Twitter users share flood pictures",
            "Thousands of residents posted pictures of flooded streets.");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Facebook and Twitter users share flood pictures",
            "Thousands of residents posted pictures of flooded streets.");
    assertThat(reasons(result)).containsExactly("promo");
  }

  // --- duplicates
  // --------------------------------------------------------------------------------------------------

  @Test
  void removesNearDuplicateTranslationKeepingTheFirst() {
    String first =
        "Heavy rain caused rivers to overflow in Emilia-Romagna, forcing thousands of residents to leave their homes"
            + " and closing hundreds of roads.";
    Result result =
        filter(
            TITLE,
            first,
            "The heavy rains made rivers overflow in Emilia-Romagna, obliging thousands of residents to leave their"
                + " homes and closing hundreds of roads.");

    assertThat(result.kept()).containsExactly(TITLE, first);
    assertThat(reasons(result)).containsExactly("near-duplicate");
  }

  @Test
  void removesExactDuplicateParagraph() {
    String paragraph = "Schools in the province will stay closed until Friday.";
    Result result = filter(TITLE, paragraph, "Rail lines were also damaged.", paragraph);

    assertThat(result.kept()).containsExactly(TITLE, paragraph, "Rail lines were also damaged.");
    assertThat(result.removed()).containsExactly(new Removed(3, "near-duplicate", paragraph));
  }

  @Test
  void neverMergesShortLinesOrParagraphsThatOnlyShareTheirTopic() {
    Result result =
        filter(
            TITLE,
            "Analysis",
            "Rain fell for three days in northern Italy, flooding farms and villages near Ravenna.",
            "Analysis",
            "Farms near Ravenna in northern Italy lost their harvest, and villages asked for army help.");

    assertThat(result.kept()).hasSize(5);
  }

  // --- navigation
  // --------------------------------------------------------------------------------------------------

  @Test
  void removesMenuRunsAndLinkBarsButKeepsALoneSubheading() {
    Result result =
        filter(
            TITLE,
            "Home",
            "World",
            "Business",
            "Sport",
            "Rain eased on Tuesday but more storms are forecast for the weekend, the weather service said.",
            "Damage to farms",
            "Farmers lost a fifth of this year's fruit harvest, their association estimated on Tuesday.",
            "About us | Contact | Privacy policy | Terms of use");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Rain eased on Tuesday but more storms are forecast for the weekend, the weather service said.",
            "Damage to farms",
            "Farmers lost a fifth of this year's fruit harvest, their association estimated on Tuesday.");
    assertThat(reasons(result)).containsOnly("menu").hasSize(5);
  }

  @Test
  void removesListOfOtherHeadlinesButKeepsTheHeadlineAboveTheByline() {
    Result result =
        filter(
            "Example Gazette",
            "News",
            "Sport",
            "Weather",
            "Flood victims wait for aid in Romagna",
            "By Jane Roe",
            "May 20, 2023",
            "Families in Faenza said they were still waiting for emergency payments a week after the floods.",
            "The regional government said the first payments would arrive next week.",
            "City council approves new budget for parks",
            "Police appeal for witnesses after crash on ring road",
            "Local team wins regional basketball final");

    assertThat(result.kept())
        .containsExactly(
            "Example Gazette",
            "Flood victims wait for aid in Romagna",
            "May 20, 2023",
            "Families in Faenza said they were still waiting for emergency payments a week after the floods.",
            "The regional government said the first payments would arrive next week.");
  }

  @Test
  void removesShortLinkLeftAloneBetweenRemovedFurniture() {
    Result result =
        filter(
            TITLE,
            "Rain eased on Tuesday but more storms are forecast for the weekend, the weather service said.",
            "Advertisement",
            "More weather",
            "Share Tweet Email",
            "Farmers lost a fifth of this year's fruit harvest, their association estimated on Tuesday.");

    assertThat(result.kept())
        .containsExactly(
            TITLE,
            "Rain eased on Tuesday but more storms are forecast for the weekend, the weather service said.",
            "Farmers lost a fifth of this year's fruit harvest, their association estimated on Tuesday.");
    assertThat(result.removed()).contains(new Removed(3, "menu", "More weather"));
  }

  @Test
  void keepsListsThatTheTextIntroducesOrSurrounds() {
    List<String> article =
        List.of(
            TITLE,
            "Floods in northern Italy have killed 14 people and forced 36,000 from their homes, officials said.",
            "Rescue teams worked through the night in the towns of Faenza, Lugo and Cesena, the fire service said.",
            "The civil protection agency published the number of people evacuated in each province:",
            "Ravenna 21,000",
            "Forli-Cesena 9,000",
            "Bologna 6,000",
            "The agency said the figures would rise as more towns were reached by rescue teams on Monday.",
            "Farm leaders listed what they lost in the floods across the region",
            "Fruit orchards near Faenza and Lugo",
            "Vineyards in the hills above Imola",
            "Wheat fields along the lower Po valley",
            "The farm minister said the government would compensate every farmer who lost a harvest this year.");

    assertThat(BoilerplateFilter.filter(article).kept()).containsExactlyElementsOf(article);
  }

  // --- what must stay
  // ----------------------------------------------------------------------------------------------

  @Test
  void titleIsNeverRemoved() {
    Result result =
        filter("Watch: Rescue at sea off Sicily", "Coast guards saved 40 people on Sunday.");

    assertThat(result.kept())
        .containsExactly(
            "Watch: Rescue at sea off Sicily", "Coast guards saved 40 people on Sunday.");
    assertThat(result.removed()).isEmpty();
  }

  @Test
  void keepsEveryParagraphOfAPlainArticle() {
    List<String> article =
        List.of(
            TITLE,
            "Floods in northern Italy have killed 14 people and forced 36,000 from their homes, officials said on"
                + " Sunday.",
            "Key demands",
            "The mayors of the worst-hit towns listed three demands:",
            "- emergency funds for families",
            "- army help to clear the mud",
            "- a suspension of local taxes",
            "“We have never seen anything like this,” said Anna Bianchi, 72, whose house in Lugo was flooded.",
            "The government will meet on Tuesday to approve an aid package.");

    Result result = BoilerplateFilter.filter(article);

    assertThat(result.kept()).containsExactlyElementsOf(article);
    assertThat(removedTexts(result)).isEmpty();
  }

  @Test
  void keepsLinesOfAParagraphTogetherAndDropsOnlyTheWidgetLine() {
    Result result = filter(TITLE, "Roads reopened on Monday.\nusr: 0");

    assertThat(result.kept()).containsExactly(TITLE, "Roads reopened on Monday.");
    assertThat(result.removed()).containsExactly(new Removed(1, "comment", "usr: 0"));
  }

  /**
   * AllSides dev reading: a page's country picker ("Choose your country United States of America
   * Afghanistan Albania ...") was kept as text and coded an occupation of Saint Vincent by the
   * Congo.
   */
  @Test
  void aCountryPickerIsNavigation() {
    String picker =
        "Get The Brief. Sign up to receive the top stories you need to know right now. Choose"
            + " your country United States of America Afghanistan Albania Algeria American Samoa"
            + " Andorra Angola Anguilla Antigua and Barbuda Argentina Armenia Aruba Australia"
            + " Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Congo, Democratic Republic of"
            + " Cote d'Ivoire Belize Benin";
    String body = "Rivers burst their banks on Sunday after three days of rain.";
    String longSentence =
        "Rivers in Modena and Bologna and the towns of the Po valley burst their banks on Sunday"
            + " after three days of rain that the regional authorities of Emilia Romagna had not"
            + " expected";
    Result result = filter(TITLE, body, picker, longSentence);

    assertThat(result.kept()).containsExactly(TITLE, body, longSentence);
  }
}
