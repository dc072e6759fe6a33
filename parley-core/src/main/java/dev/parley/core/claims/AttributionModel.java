package dev.parley.core.claims;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.nlp.NlpDocument;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned judge of the rules' attributions, trained by its user on an attribution corpus they have
 * (PolNeAR's train split, say; see {@code parley train attribution}). Parley ships no such model: PolNeAR states
 * no licence, so nothing made from it is handed on. With a model, the finder of attributions
 * ({@link ClaimFinder#withModel}):
 * <ol>
 *   <li>drops the cues the rules found that the model scores below {@link #keep()};
 *   <li>reads source and content around every verb the rules left out that the model scores at {@link #add()}
 *       or above;
 *   <li>ends each content where the model's choice among the places it may end ({@link ContentEnds}) falls,
 *       and starts a content that follows its cue where its choice among the first words
 *       ({@link ContentStarts}) falls.
 * </ol>
 *
 * <p>Three log-linear models over hashed features ({@link LogLinear}): a logistic regression for the probability
 * that a token heads a cue (is the one word of an annotated cue whose head lies outside it, {@link CueFeatures}),
 * and two softmax rankings, of the places a content may end and of the words it may start on. All three learn by
 * stochastic gradient descent in an order shuffled from a fixed seed, so the same corpus gives the same model.
 * Immutable; {@link ModelReading} applies it.
 */
public final class AttributionModel {
  private static final int MAGIC = 0x50415454; // "PATT"
  private final float[] cues;
  private final float[] ends;
  private final float[] starts;
  private final double keep;
  private final double add;
  private final String trainedOn;

  private AttributionModel(float[] cues, float[] ends, float[] starts, double keep, double add, String trainedOn) {
    this.cues = cues;
    this.ends = ends;
    this.starts = starts;
    this.keep = keep;
    this.add = add;
    this.trainedOn = trainedOn;
  }

  /** Rule cues scored below this are dropped. */
  public double keep() {
    return keep;
  }

  /** Verbs the rules left out are read as cues from this probability up. */
  public double add() {
    return add;
  }

  /** What the model was trained on, as its trainer described it. */
  public String trainedOn() {
    return trainedOn;
  }

  /** The same weights with other thresholds. */
  public AttributionModel withThresholds(double keep, double add) {
    return new AttributionModel(cues, ends, starts, check(keep, "keep"), check(add, "add"), trainedOn);
  }

  /** The probability that a token with these features heads a cue. */
  double cue(int[] features) {
    return sigmoid(cues, features);
  }

  /** The score of ending a content on a candidate with these features (higher is likelier; a log-linear score). */
  double end(int[] features) {
    return score(ends, features);
  }

  /** The score of starting a content on a candidate with these features (as {@link #end}). */
  double start(int[] features) {
    return score(starts, features);
  }

  private static double score(float[] w, int[] features) {
    double z = 0;
    for (int f : features) {
      z += w[f];
    }
    return z;
  }

  private static double sigmoid(float[] w, int[] features) {
    double z = 0;
    for (int f : features) {
      z += w[f];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Writes the model (gzip; only the weights that are not zero). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeInt(MAGIC);
    d.writeInt(CueFeatures.VERSION);
    d.writeInt(CueFeatures.BITS);
    d.writeUTF(trainedOn);
    d.writeDouble(keep);
    d.writeDouble(add);
    writeWeights(d, cues);
    writeWeights(d, ends);
    writeWeights(d, starts);
    d.flush();
    gz.finish();
  }

  private static void writeWeights(DataOutputStream d, float[] w) throws IOException {
    int nonzero = 0;
    for (float x : w) {
      nonzero += x != 0 ? 1 : 0;
    }
    d.writeInt(nonzero);
    for (int i = 0; i < w.length; i++) {
      if (w[i] != 0) {
        d.writeInt(i);
        d.writeFloat(w[i]);
      }
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException if the stream is no attribution model, or one made under another feature set (train it
   *     again)
   */
  public static AttributionModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in));
    if (d.readInt() != MAGIC) {
      throw new IOException("not a Parley attribution model");
    }
    int version = d.readInt();
    int bits = d.readInt();
    if (version != CueFeatures.VERSION || bits != CueFeatures.BITS) {
      throw new IOException("a model of feature set " + version + "/" + bits + "; this Parley reads "
          + CueFeatures.VERSION + "/" + CueFeatures.BITS + ": train it again with parley train attribution");
    }
    String trainedOn = d.readUTF();
    double keep = d.readDouble();
    double add = d.readDouble();
    float[] cues = readWeights(d, bits);
    float[] ends = readWeights(d, bits);
    float[] starts = readWeights(d, bits);
    try {
      return new AttributionModel(cues, ends, starts, check(keep, "keep"), check(add, "add"), trainedOn);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static float[] readWeights(DataInputStream d, int bits) throws IOException {
    float[] w = new float[1 << bits];
    int n = d.readInt();
    if (n < 0 || n > w.length) {
      throw new IOException("a model with " + n + " weights");
    }
    for (int k = 0; k < n; k++) {
      int i = d.readInt();
      if (i < 0 || i >= w.length) {
        throw new IOException("a model with weight index " + i);
      }
      w[i] = d.readFloat();
    }
    return w;
  }

  private static double check(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " threshold must be in [0, 1]: " + p);
    }
    return p;
  }

  /** One annotated attribution as tokens: its cue, and its content (empty when it has none). */
  public record Gold(BitSet cue, BitSet content) {
    public Gold {
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(content, "content");
    }
  }

  /** Collects examples from annotated documents and fits a model to them. Not thread-safe. */
  public static final class Trainer {
    private final AttributionFinder finder = new AttributionFinder(ClaimLexicon.bundled(), true);
    private final LogLinear.Binary cueExamples = new LogLinear.Binary();
    private final LogLinear.Ranking endExamples = new LogLinear.Ranking();
    private final LogLinear.Ranking startExamples = new LogLinear.Ranking();
    private int documents;
    private int cues;

    /**
     * Adds a document's examples: every candidate cue token, and for each rule attribution whose cue meets an
     * annotated one, the places its content may end and (after its cue) start.
     */
    public void add(NlpDocument doc, List<Gold> gold) {
      Objects.requireNonNull(doc, "doc");
      Tree tree = new Tree(doc);
      Quotes quotes = Quotes.of(doc);
      List<Attribution> rules = finder.find(tree, quotes);
      CueFeatures f = new CueFeatures(tree, quotes, rules);
      BitSet heads = new BitSet();
      for (Gold g : gold) {
        BitSet cue = g.cue();
        for (int i = cue.nextSetBit(0); i >= 0; i = cue.nextSetBit(i + 1)) {
          int h = tree.head(i);
          if (h < 0 || !cue.get(h)) {
            heads.set(i);
            cues++;
            break;
          }
        }
      }
      for (int t = 0; t < tree.size(); t++) {
        if (f.candidate(t)) {
          cueExamples.add(f.of(t), heads.get(t));
        }
      }
      ContentEnds ends = new ContentEnds(tree, quotes);
      ContentStarts starts = new ContentStarts(tree, quotes);
      for (Attribution a : rules) {
        Gold g = gold.stream().filter(x -> x.cue().get(a.cueHead) || intersects(x.cue(), a.cueRange))
            .findFirst().orElse(null);
        if (g == null || g.content().isEmpty() || a.content.isEmpty()) {
          continue;
        }
        Range last = a.content.get(a.content.size() - 1);
        int goldLast = g.content().length() - 1;
        int ruleLast = ends.lastWord(last);
        List<Integer> candidates = ends.candidates(a, last.first(), ruleLast);
        if (!candidates.contains(goldLast)) {
          continue;
        }
        addStart(starts, a, last, ruleLast, g.content().nextSetBit(0));
        List<int[]> group = new ArrayList<>(candidates.size());
        for (int w : candidates) {
          group.add(CueFeatures.hashed(ends.features(a, last.first(), w, ruleLast)));
        }
        endExamples.add(group, candidates.indexOf(goldLast));
      }
      documents++;
    }

    private void addStart(ContentStarts starts, Attribution a, Range last, int ruleLast, int goldFirst) {
      if (!ContentStarts.applies(a, last)) {
        return;
      }
      List<Integer> candidates = starts.candidates(last, ruleLast);
      if (!candidates.contains(goldFirst)) {
        return;
      }
      int ruleFirst = starts.firstWord(last);
      List<int[]> group = new ArrayList<>(candidates.size());
      for (int w : candidates) {
        group.add(CueFeatures.hashed(starts.features(a, ruleFirst, w)));
      }
      startExamples.add(group, candidates.indexOf(goldFirst));
    }

    private static boolean intersects(BitSet s, Range r) {
      int i = s.nextSetBit(r.first());
      return i >= 0 && i < r.end();
    }

    /**
     * Fits the three sets of weights ({@link LogLinear}): {@code passes} passes of stochastic gradient descent in an order shuffled
     * from {@code seed}, the step shrinking each pass, with a light L2 penalty.
     */
    public AttributionModel fit(int passes, long seed, double keep, double add, String corpus) {
      if (cueExamples.size() == 0) {
        throw new IllegalStateException("no examples to learn from");
      }
      String about = corpus + ": " + documents + " documents, " + cues + " cues, " + cueExamples.size()
          + " tokens, " + endExamples.size() + " content ends, " + startExamples.size() + " content starts, " + passes
          + " passes";
      return new AttributionModel(cueExamples.fit(passes, seed), endExamples.fit(passes, seed + 1),
          startExamples.fit(passes, seed + 2), check(keep, "keep"), check(add, "add"), about);
    }
  }
}
