package org.referralnetwork.portal.referral.control;

import com.ibm.icu.text.Transliterator;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous identity key for the rule "one request per defender at a time".
 *
 * <p>The portal never stores or compares a defender's plain name. It stores only
 * {@link #keyedHash(byte[], String, String)}, an HMAC-SHA256 over a spelling-tolerant
 * <em>skeleton</em> of the name plus the ISO country code. Two referrals (from the same or
 * from different organisations) whose keys are equal are <em>probably</em> about the same
 * person. This is fuzzy: an equal key must lead to a human check, never to an automatic
 * refusal, because a false positive could block help for a person at risk.
 *
 * <h2>How {@link #skeleton(String)} works</h2>
 * <ol>
 *   <li>Arabic-script clean-up (diacritics removed, ة and ى read as the vowel "a", an inner و
 *       read as the vowel "u" unless followed by alif).</li>
 *   <li>ICU4J {@code Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower}: any script to
 *       lowercase ASCII. Cyrillic uses BGN/PCGN (Юлия → yuliya, Хасан → khasan,
 *       Алексей → aleksey), which is close to how passports and NGOs spell Russian names.</li>
 *   <li>Apostrophes, soft signs and middle dots are deleted; an ayin or hamza sign at the
 *       start of a word becomes "a" (عمر → ʿmr → amr); everything else that is not a-z
 *       separates words.</li>
 *   <li>Particles ({@code al, el, abd, abdul, abu, ...}) are glued to the next word, so
 *       "Al-Hassan", "al Hassan" and "Alhassan" are one token.</li>
 *   <li>Each token is reduced to a consonant skeleton: common Latin spelling
 *       equivalences (kh→h, ph→f, dzh/dj→j, sh/sch/sz→one sound, ch/tch/cz→one sound,
 *       q→k, x→ks, w→v, c→k/s, ...), one class for any initial vowel ("a") and one for
 *       an initial y/j/i+vowel ("y"), a trailing "h" dropped, doubled letters collapsed,
 *       inner vowels dropped, and the final vowel kept as a class (a / i / u).</li>
 *   <li>Tokens are sorted and joined by one space, so word order does not matter.</li>
 * </ol>
 * Example: "Мария Иванова", "Maria Ivanova", "Mariya Ivanova" and "IVANOVA, María" all give
 * {@code "avnva mra"}; "محمد علي", "Mohamed Ali", "Muhammad Aly" give {@code "ali mhmd"}.
 *
 * <h2>Known false positives (different people, same skeleton)</h2>
 * <ul>
 *   <li>Names that differ only in inner vowels: Mahmoud/Mahmud = Mohamed/Muhammad
 *       ({@code mhmd}); Hussein = Hassan ({@code hsn}); Elena = Alina = Ilona
 *       ({@code alna}); Anna = Inna ({@code ana}); Leila = Lola = Lila ({@code lla});
 *       Ali = Eli ({@code ali}); Omar = Amir = Umair ({@code amr}); Maria = Maira ({@code mra}). Arabic script writes no short vowels,
 *       so this is the price of matching محمد with Mohamed.</li>
 *   <li>Word order is ignored: "Ali Hassan" and "Hassan Ali" (in Arabic naming often a
 *       father and a son) collide.</li>
 *   <li>An initial y/j/i+vowel is one class: Jamal = Yamal, Jana = Yana.</li>
 *   <li>Same skeleton + same country is still only a candidate match: homonyms exist.</li>
 * </ul>
 *
 * <h2>Known false negatives (same person, different skeleton)</h2>
 * <ul>
 *   <li>Extra or missing name parts: patronymics ("Мария Петровна Иванова" vs
 *       "Maria Ivanova"), "bin/ibn" chains, initials ("M. Ivanova"), maiden names.
 *       The form should ask for given name + family name only.</li>
 *   <li>Gendered surname forms are kept apart on purpose: Ivanov ≠ Ivanova
 *       (so "Alexander Ivanov" ≠ "Alexandra Ivanova").</li>
 *   <li>Consonant-changing transcriptions: Egyptian g for ج (Gamal vs Jamal), Turkish
 *       Mehmet (t) vs Mohamed (d), Ukrainian h for г (Oleh vs Олег/Oleg), French
 *       ch for ش (Aicha vs Aisha), French "ou" for an inner و (Marouane vs Marwan),
 *       Persian/Turkish vowel endings (Fatemeh vs Fatima), Serbian Jelena vs Elena/Yelena.</li>
 *   <li>Arabic orthography: Egyptian "على" (dotless final ya) for علي reads as "Ala";
 *       consonantal و before a non-alif vowel (e.g. some spellings of Marwan) and
 *       silent final و (عمرو "Amr") differ from their Latin forms;
 *       compound names split differently from their Latin form beyond the handled particles
 *       (al, el, abd, abdul, abu, ... and a trailing "Allah") are not joined.</li>
 *   <li>ICU's Arabic output writes ش as "sh", so سه (s + h) is read as ش.</li>
 * </ul>
 *
 * <p>Privacy: the plain name never appears in exception messages, and this class does not
 * log. The skeleton is itself personal data (it is reversible to a few candidate names):
 * never store or log it; store only the keyed hash, and keep the HMAC key in a secret
 * store (rotating the key invalidates all stored hashes).
 *
 * <p>Thread-safe: ICU transliterators are stateless and may be shared between threads.
 */
public final class IdentityKey {

    /** Minimum HMAC key length: 256 bits, the output size of SHA-256. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String HMAC_ALGORITHM = "HmacSHA256";

    // BGN/PCGN for Russian keeps the letters Ю/Ж/Х/Ц that ISO-9 "Any-Latin" would flatten (ю→u, ж→z).
    private static final Transliterator TO_ASCII =
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

    // Arabic harakat, tanween, shadda, sukun, tatweel: optional in writing, so ignored.
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u0652\\u0640]");
    // الله is written without its long a (or with a dagger alif); spell it out so it reads "allah" like in Latin.
    private static final Pattern ARABIC_ALLAH = Pattern.compile("\u0627?\u0644\u0644\u0647(?![\\u0620-\\u064A])");
    // A waw inside a word that is not followed by alif is almost always the long vowel ū (يوسف Yusuf, محمود Mahmud).
    private static final Pattern ARABIC_INNER_WAW = Pattern.compile("(?<=[\\u0620-\\u064A])\\u0648(?!\\u0627)");
    // Ayin/hamza signs that ICU (or a typist) puts at the start of a word stand for an initial vowel (ʿAli = Ali).
    private static final Pattern INITIAL_GLOTTAL = Pattern.compile("(?<![a-z])[\\u02BE\\u02BF\\u02BB\\u02BC]");
    // Apostrophes, BGN soft/hard signs and separators inside a word carry no sound: delete, do not split.
    private static final Pattern SILENT_MARKS =
            Pattern.compile("['\\u2018\\u2019\\u02B9\\u02BA\\u02BB\\u02BC\\u02BE\\u02BF\\u00B7`\\u00B4\"]");
    // Anything else that is not a-z (spaces, hyphens, commas, digits, leftovers) separates words.
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    // compiled once: String.replaceAll compiles its pattern at every call, for every word of every name
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern INITIAL_OU = Pattern.compile("^ou(?=[aeiy])");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern SEMIVOWEL_J = Pattern.compile("(?<=[aeiou])j(?![aeiou])");

    // Arabic particles written apart or glued depending on the writer; gluing them makes both forms equal.
    private static final Set<String> PARTICLES =
            Set.of("al", "el", "ul", "abd", "abdel", "abdul", "abdal", "abu", "abou");
    // "Allah" as a separate word ends a compound name: "Nasr Allah" = "Nasrallah", "عبد الله" = "Abdullah".
    private static final Set<String> GLUED_SUFFIXES = Set.of("allah", "ullah", "illah");

    private static final String VOWELS = "aeiouy";

    private IdentityKey() {
    }

    /**
     * Order-independent phonetic skeleton of a name or alias, e.g. {@code "avnva mra"} for
     * "Maria Ivanova". Returns the empty string if the input has no usable letters.
     * Never log or store the result: it is personal data.
     *
     * @param nameOrAlias a personal name in any script
     * @return lowercase ASCII tokens sorted and separated by one space, possibly empty
     * @throws IllegalArgumentException if the argument is null
     */
    public static String skeleton(String nameOrAlias) {
        if (nameOrAlias == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        // Arabic: a dagger alif is a real long a (اللّٰه); make it a plain alif before dropping the optional marks.
        String s = nameOrAlias.replace('\u0670', '\u0627');
        // Arabic: drop optional vowel marks so vocalised and bare spellings agree.
        s = ARABIC_MARKS.matcher(s).replaceAll("");
        // Arabic: الله → اللاه so that it transliterates to "allah" (عبد الله = Abdullah, not "Abdull").
        s = ARABIC_ALLAH.matcher(s).replaceAll("\u0627\u0644\u0644\u0627\u0647");
        // Arabic: ta marbuta and alif maqsura are pronounced as a final "a" (فاطمة Fatima, ليلى Layla).
        s = s.replace('\u0629', '\u0627').replace('\u0649', '\u0627');
        // Arabic: an inner waw is a vowel; the damma makes ICU write "u" (dropped later) instead of "w" (kept as v).
        s = ARABIC_INNER_WAW.matcher(s).replaceAll("\u064F");
        // Arabic: hamza on waw / on ya is a vowel carrier (فؤاد Fuad, عائشة Aisha), not the consonants w / y.
        s = s.replace('\u0624', '\u064F').replace('\u0626', '\u0650');
        // Any script → lowercase ASCII with BGN for Cyrillic; Latin-ASCII also strips accents (é→e, ø→o, ß→ss).
        s = toAscii(s);
        // An ayin/hamza sign at a word start is an initial vowel; keep it as "a" so عمر (ʿmr) = Omar.
        s = INITIAL_GLOTTAL.matcher(s).replaceAll("a");
        // Apostrophes and soft signs inside a word are silent: "Ol'ga" = "Olga", "Sa'id" = "Said".
        s = SILENT_MARKS.matcher(s).replaceAll("");
        // Defensive second lowercase (ICU's Lower already ran); Locale.ROOT so a Turkish default locale cannot add ı.
        s = s.toLowerCase(Locale.ROOT);

        List<String> words = new ArrayList<>(Arrays.asList(NON_LETTERS.split(s)));
        words.removeIf(String::isEmpty);

        List<String> compounds = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String word : words) {
            if (pending.length() == 0 && GLUED_SUFFIXES.contains(word) && !compounds.isEmpty()) {
                // "Allah" closes the previous compound: "Nasr Allah" = "Nasrallah".
                int last = compounds.size() - 1;
                compounds.set(last, compounds.get(last) + word);
                continue;
            }
            pending.append(word);
            // Particles are glued to the following word: "Al Hassan" = "Al-Hassan" = "Alhassan".
            if (!PARTICLES.contains(word)) {
                compounds.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            // A trailing particle has nothing to glue to; keep it as its own token.
            compounds.add(pending.toString());
        }
        List<String> tokens = new ArrayList<>();
        for (String compound : compounds) {
            tokens.add(tokenSkeleton(compound));
        }
        tokens.removeIf(String::isEmpty);
        // Sorting makes "Ivanova Maria" equal to "Maria Ivanova".
        tokens.sort(null);
        return String.join(" ", tokens);
    }

    /**
     * {@link #TO_ASCII}, which on plain ASCII only lowers the case: that case skips ICU, whose
     * rules cost about a tenth of a submission's CPU (benchmark profile).
     */
    static String toAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return TO_ASCII.transliterate(text);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * HMAC-SHA256 of {@code skeleton(name) + "|" + COUNTRY}, hex-encoded (64 lowercase chars).
     *
     * @param key         secret HMAC key, at least {@value #MIN_KEY_BYTES} bytes
     * @param nameOrAlias the defender's name or alias, any script
     * @param countryCode ISO 3166-1 alpha-2 country code, any case
     * @return 64 lowercase hex characters
     * @throws IllegalArgumentException for a short/null key, a blank name, a name with no
     *                                  usable letters, or a country code that is not two letters;
     *                                  the message never contains the name
     */
    public static String keyedHash(byte[] key, String nameOrAlias, String countryCode) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("HMAC key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (countryCode == null || !COUNTRY_CODE.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("country code must be two ASCII letters (ISO 3166-1 alpha-2)");
        }
        String skeleton = skeleton(nameOrAlias);
        if (skeleton.isEmpty()) {
            throw new IllegalArgumentException("name contains no letters usable for matching");
        }
        String message = skeleton + "|" + countryCode.toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(new SecretKeySpec(key, HMAC_ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java SE platform must provide HmacSHA256, so this is a broken runtime, not bad input.
            throw new IllegalStateException(HMAC_ALGORITHM + " unavailable", e);
        }
    }

    /** Skeleton of one lowercase a-z word; see the class Javadoc for the rules. */
    static String tokenSkeleton(String word) {
        String w = word;
        // Multi-letter spellings of one sound first, longest first, using temporary capitals as placeholders.
        // X = "sh" sound (sh, sch, sz, Russian shch), C = "ch" sound (ch, tch, tsch, cz), J = "dj" sound.
        w = w.replace("shch", "X").replace("tsch", "C").replace("dsch", "J").replace("dzh", "J")
                .replace("sch", "X").replace("tch", "C").replace("sh", "X").replace("sz", "X")
                .replace("cz", "C").replace("ch", "C").replace("dj", "J");
        // zh (Ж) is rare enough in names to merge with z; kh (Х, خ) is written h by many (Khasan = Hasan).
        w = w.replace("zh", "z").replace("kh", "h");
        // ph/th/dh/gh are Latin spellings of f/t/d/g (Arabic ث ذ غ are often written without the h).
        w = w.replace("ph", "f").replace("th", "t").replace("dh", "d").replace("gh", "g");
        // French-style "ou" before a vowel at a word start is the consonant w (Ouassim = Wassim); not inside
        // a word, where it is usually u + vowel (Fouad = Fuad, Souad = Suad).
        w = INITIAL_OU.matcher(w).replaceAll("w");
        // ck, q and hard c are all k; soft c (before e/i/y) is s; x is ks (Alexei = Aleksei); tz is ts.
        w = SOFT_C.matcher(w.replace("ck", "k").replace("q", "k")).replaceAll("s").replace("c", "k")
                .replace("x", "ks").replace("tz", "ts");
        // w and v are the same sound across transcriptions (Iwanowa = Ivanova, Walid = Valid).
        w = w.replace("w", "v");
        // Restore the placeholders as single lowercase letters freed above (c, x no longer occur otherwise).
        w = w.replace('C', 'c').replace('X', 'x');
        // Russian Е at a word start is written "Ye" or "E" (Yelena/Elena, Yevgeny/Evgeny): use the bare vowel.
        if (w.startsWith("ye")) {
            w = w.substring(1);
        }
        // A j after a vowel and not before one is the semivowel y (Lejla = Leyla, Sergej = Sergey).
        w = SEMIVOWEL_J.matcher(w).replaceAll("y");

        if (w.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(w.length());
        // First letter: y/j/dj and "i" before a vowel are one "y" class (Yulia = Julia = Iuliia = Юлия).
        char first = w.charAt(0);
        int start = 1;
        if (first == 'y' || first == 'j' || first == 'J'
                || (first == 'i' && w.length() > 1 && isVowel(w.charAt(1)))) {
            out.append('y');
        } else if (isVowel(first)) {
            // Any other initial vowel is one class: transcriptions disagree on it (Omar/Umar, Ivanova/Iwanowa).
            out.append('a');
        } else {
            out.append(first);
        }
        // Remaining J placeholders (a dj/dzh inside a word) are the consonant j (Khadidja = Khadija).
        String rest = w.substring(start).replace('J', 'j');
        // A final h after the first letter is silent in Latin spellings (Fatimah = Fatima, Abdallah = Abdalla).
        if (rest.endsWith("h")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        // The final vowel is kept as a class so gendered forms stay apart (Ivanov ≠ Ivanova, Aleksandr ≠ Aleksandra).
        char finalClass = 0;
        if (!rest.isEmpty() && isVowel(rest.charAt(rest.length() - 1))) {
            finalClass = vowelClass(rest.charAt(rest.length() - 1));
        }
        char previous = first;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            // Doubled letters are a spelling choice (Hassan = Hasan, Muhammad = Muhamad): collapse them.
            if (c == previous) {
                continue;
            }
            previous = c;
            // Inner vowels (and y) vary freely between transcriptions and Arabic does not write them: drop.
            if (!isVowel(c)) {
                out.append(c);
            }
        }
        if (finalClass != 0) {
            out.append(finalClass);
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    // a → a; e/i/y → i (Aleksei = Aleksey = Алексей); o/u → u.
    private static char vowelClass(char c) {
        switch (c) {
            case 'a':
                return 'a';
            case 'o':
            case 'u':
                return 'u';
            default:
                return 'i';
        }
    }
}
