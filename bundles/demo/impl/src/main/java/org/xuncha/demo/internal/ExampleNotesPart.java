package org.xuncha.demo.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.example.api.NoteDraft;
import org.xuncha.example.api.NoteService;
import org.xuncha.platform.api.security.Caller;

/**
 * Notes for the example module: the model for every module's part. It exists only while the
 * module's {@link NoteService} does, so installing the module later loads its part then, once.
 */
@Component(service = {}, enabled = false, immediate = true)
public class ExampleNotesPart extends BasePart {

    private final NoteService notes;

    @Activate
    public ExampleNotesPart(@Reference DemoLoader loader, @Reference NoteService notes) {
        super(loader, "example", "example", List.of(ReferencePart.ID));
        this.notes = notes;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return notes.count(caller) == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("example/notes.csv");
        for (Map<String, String> n : rows) {
            notes.add(caller, new NoteDraft(ids.id("unit", n.get("unit_code")), n.get("text")));
        }
        return rows.size();
    }
}
