package org.newsevents.actors;

import java.util.Map;
import java.util.Set;

/**
 * Splits CAMEO actor codes into their parts. A code is a chain of three-letter parts: a location (a
 * country such as RUS, a CAMEO six-letter territory such as USAASM, or a region such as MEA) or an
 * international type (IGO, NGO, MNC, ...), then role codes (GOV, MIL, ...) and finer codes. RUSGOV
 * is Russia's government; USAGOVMIL a US defence official; IGOWSTNAT NATO.
 */
final class CameoCodes {
  /**
   * Role (sector) codes from the CAMEO manual and the Phoenix files; the first one after the
   * location is the role.
   */
  static final Set<String> ROLES =
      Set.of(
          "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
          "ELI", "LEG", "HLH", "HRI", "REF", "MOD", "RAD", "AGR", "DEV", "ENV", "LAB", "IGO", "NGO",
          "NGM", "MNC", "IMG", "UIS", "UAF", "INS", "SEP", "AMN", "IRC", "GRP", "SET", "UNR", "OCC",
          "PRO", "DIP");

  /**
   * International actor types that open a code instead of a location; the role is the type itself.
   */
  static final Set<String> INTERNATIONAL_TYPES = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "UIS");

  /** CAMEO regions and blocs, used as locations in codes (AFRREB, MEAREB) but not countries. */
  static final Set<String> REGIONS =
      Set.of(
          "AFR", "ASA", "BLK", "CAS", "CAU", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MEA", "MDT",
          "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "CFR", "INT",
          "ARB", "MOS", "CHR", "JEW", "HIN", "BUD");

  /**
   * IGO codes whose country_code is a name the analysts know rather than a CAMEO part; checked
   * longest prefix first. Others take the organisation part (IGOSEAASN gives ASN, IGOBUSOPC gives
   * OPC) or, without one, the region part.
   */
  static final Map<String, String> IGO_COUNTRY_CODES =
      Map.of("IGOWSTNAT", "NATO", "IGOEUR", "EUR", "IGOUNO", "UNO");

  /**
   * CAMEO six-letter territory codes whose last three letters are not the ISO 3166 alpha-3 code.
   */
  static final Map<String, String> TERRITORY_ISO_CODES = Map.of("GBRIMY", "IMN", "PSEGZA", "PSE");

  private final Set<String> countries;

  /** {@code countries}: every three- and six-letter code that names a country or territory. */
  CameoCodes(Set<String> countries) {
    this.countries = Set.copyOf(countries);
  }

  /**
   * The location part's length: 6 for a CAMEO territory, 3 for a country or region, 0 when the code
   * opens with a role.
   */
  private int locationLength(String code) {
    if (code.length() >= 6 && countries.contains(code.substring(0, 6))) {
      return 6;
    }
    if (code.length() >= 3) {
      String first = code.substring(0, 3);
      if (ROLES.contains(first) && !countries.contains(first)) {
        return 0;
      }
      return 3;
    }
    return 0;
  }

  /**
   * The role: the international type, else the first role code after the location; empty for a bare
   * country.
   */
  String role(String code) {
    if (code.length() >= 3 && INTERNATIONAL_TYPES.contains(code.substring(0, 3))) {
      return code.substring(0, 3);
    }
    for (int start = locationLength(code); start + 3 <= code.length(); start += 3) {
      String part = code.substring(start, start + 3);
      if (ROLES.contains(part)) {
        return part;
      }
    }
    return "";
  }

  /** True for a code that is only a location: RUS, USAASM. */
  boolean isBareCountry(String code) {
    return countries.contains(code);
  }

  /**
   * The country (ISO alpha-3 for nearly all), the IGO's own code, or empty (regions, sectors,
   * unknown).
   */
  String countryCode(String code) {
    if (code.startsWith("IGO")) {
      return igoCountryCode(code);
    }
    if (code.length() >= 6 && countries.contains(code.substring(0, 6))) {
      String territory = code.substring(0, 6);
      return TERRITORY_ISO_CODES.getOrDefault(territory, territory.substring(3));
    }
    if (code.length() >= 3 && countries.contains(code.substring(0, 3))) {
      return code.substring(0, 3);
    }
    // An IMG code goes on with a religion, not a country: IMGMUSISI (Islamic State) is no group of
    // Mauritius (MUS), though it was filed so and made articles about it Mauritian.
    if (code.length() >= 6
        && INTERNATIONAL_TYPES.contains(code.substring(0, 3))
        && !code.startsWith("IMG")) {
      String next = code.substring(3, 6);
      if (countries.contains(next)) {
        return next; // MNCUSA: a US company; NGOGBR...: a British NGO
      }
    }
    return "";
  }

  private static String igoCountryCode(String code) {
    for (int length = code.length(); length >= 6; length--) {
      String known = IGO_COUNTRY_CODES.get(code.substring(0, length));
      if (known != null) {
        return known;
      }
    }
    if (code.length() >= 9 && !ROLES.contains(code.substring(6, 9))) {
      return code.substring(6, 9); // the organisation: IGOSEAASN is ASEAN, IGOBUSOPC is OPEC
    }
    if (code.length() >= 6 && !ROLES.contains(code.substring(3, 6))) {
      return code.substring(3, 6); // only a region: IGOLAM
    }
    return "IGO";
  }
}
