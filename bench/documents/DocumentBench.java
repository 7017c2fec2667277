import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.documents.internal.DocumentServiceImpl;

/**
 * (g) documents: the document service as the distribution runs it (POI / poi-tl / PDFBox, the same
 * bundle classes), outside Karaf: one report of some four pages as DOCX and PDF, then a batch of
 * 20 (one per unit of a round), time per document and the heap the batch used. Prints one JSON object.
 */
public class DocumentBench {

    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        DocumentService service = DocumentServiceImpl.standalone();
        // warm-up: class loading and the font, as a running server has done before its first document
        service.docx(report(0));
        service.pdf(report(0));

        long t0 = System.nanoTime();
        byte[] docx = service.docx(report(1));
        long t1 = System.nanoTime();
        byte[] pdf = service.pdf(report(1));
        long t2 = System.nanoTime();

        System.gc();
        long heapBefore = used();
        resetPeaks();
        long b0 = System.nanoTime();
        long bytes = 0;
        for (int i = 1; i <= batch; i++) {
            bytes += service.docx(report(i)).length + service.pdf(report(i)).length;
        }
        long b1 = System.nanoTime();
        long peak = peakHeap();
        System.out.printf("{\"one_docx_ms\":%.1f,\"one_pdf_ms\":%.1f,\"one_docx_bytes\":%d,\"one_pdf_bytes\":%d,"
                        + "\"batch\":%d,\"batch_ms\":%.0f,\"per_document_ms\":%.1f,\"batch_bytes\":%d,"
                        + "\"heap_before_mib\":%d,\"heap_peak_during_batch_mib\":%d,\"max_heap_mib\":%d}%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, docx.length, pdf.length, batch, (b1 - b0) / 1e6,
                (b1 - b0) / 1e6 / batch, bytes, heapBefore >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A report of a round's unit: six parts of five paragraphs, about four pages. */
    static DocumentContent report(int unit) {
        List<DocumentContent.Block> b = new ArrayList<>();
        String[] parts = {"一、基本情况", "二、发现的主要问题", "三、问题线索", "四、上轮巡察整改情况", "五、意见建议", "六、其他事项"};
        for (String part : parts) {
            b.add(new DocumentContent.Heading(1, part));
            for (int p = 1; p <= 5; p++) {
                b.add(new DocumentContent.Paragraph("（" + p + "）", "该单位党组织在贯彻落实党中央决策部署和省委、市委工作要求方面，"
                        + "存在学习传达不及时、研究部署不具体、推动落实不到位等问题，第" + unit + "号单位须对照整改，明确责任人和时限。"));
            }
        }
        b.add(new DocumentContent.Closing("市委第一巡察组"));
        b.add(new DocumentContent.Closing("2026年12月6日"));
        return new DocumentContent("关于对第" + unit + "号单位党组织巡察情况的报告", b, Map.of(DocumentContent.NUMBER, "聊巡办〔2026〕" + unit + "号"));
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
