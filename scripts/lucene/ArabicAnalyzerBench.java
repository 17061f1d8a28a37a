// The baseline for `marsad bench`: Lucene's ArabicAnalyzer (normalization, stop words, light
// stemming) over the same texts, on one thread, best of several passes after a JIT warm-up.
// Input: a file of UTF-8 texts separated by NUL characters. Output: one line of figures.

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class ArabicAnalyzerBench {
    public static void main(String[] args) throws Exception {
        String all = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (String text : all.split("\u0000")) {
            if (text.isEmpty()) continue;
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        analyze(analyzer, texts); // warm-up: let the JIT compile the analyzer
        double best = Double.MAX_VALUE;
        long tokens = 0;
        for (int pass = 0; pass < passes; pass++) {
            long started = System.nanoTime();
            tokens = analyze(analyzer, texts);
            best = Math.min(best, (System.nanoTime() - started) / 1e9);
        }
        System.out.printf("lucene ArabicAnalyzer: %d articles, %.1f MB, %d tokens, %.3f s, %.1f MB/s per core%n",
                texts.size(), bytes / 1e6, tokens, best, bytes / 1e6 / best);
    }

    static long analyze(ArabicAnalyzer analyzer, List<String> texts) throws Exception {
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream stream = analyzer.tokenStream("body", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens += term.length() > 0 ? 1 : 0;
                }
                stream.end();
            }
        }
        return tokens;
    }
}
