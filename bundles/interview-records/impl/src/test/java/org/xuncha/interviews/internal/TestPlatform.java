package org.xuncha.interviews.internal;

import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import javax.security.auth.Subject;

import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Person.Leadership;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;

/** The platform services the module uses, kept in memory for {@link TestModule}: reference data, attachments, accounts. */
final class TestPlatform {

    private TestPlatform() {
    }

    /** The platform's reference data, in memory, with its scope rule: outside the caller's divisions is 403. */
    public static final class Reference implements ReferenceDataService {
        public final Map<Long, Unit> units = new HashMap<>();
        public final Map<Long, Person> persons = new HashMap<>();

        void person(long id, String name, long unitId, String post, Leadership leadership) {
            persons.put(id, new Person(id, name, unitId, post, "正科级", leadership, TestModule.DIVISION, true, 0L));
        }

        @Override
        public Optional<Person> person(Caller caller, long id) {
            return Optional.ofNullable(persons.get(id)).map(p -> {
                caller.requireDivision(p.divisionCode());
                return p;
            });
        }

        @Override
        public Optional<Unit> unit(Caller caller, long id) {
            return Optional.ofNullable(units.get(id)).map(u -> {
                caller.requireDivision(u.divisionCode());
                return u;
            });
        }

        @Override
        public Page<Person> findPersons(Caller caller, PersonQuery q, PageRequest page) {
            List<Person> found = persons.values().stream().filter(p -> caller.scope().coversDivision(p.divisionCode()))
                    .filter(p -> q.unitId() == null || q.unitId().equals(p.unitId()))
                    .filter(p -> q.leadership() == null || q.leadership() == p.leadership())
                    .filter(p -> !q.activeOnly() || p.active()).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
            return new Page<>(found, found.size(), 1, page.size());
        }

        @Override
        public Map<Long, Person> persons(Caller caller, Collection<Long> ids) {
            Map<Long, Person> result = new HashMap<>();
            ids.forEach(id -> person(caller, id).ifPresent(p -> result.put(id, p)));
            return result;
        }

        @Override
        public Map<Long, Unit> units(Caller caller, Collection<Long> ids) {
            Map<Long, Unit> result = new HashMap<>();
            ids.forEach(id -> unit(caller, id).ifPresent(u -> result.put(id, u)));
            return result;
        }

        @Override
        public List<Division> divisions(Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Division> division(Caller caller, String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Division saveDivision(Caller caller, Division division) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> visibleDivisions(String divisionCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Unit> findUnits(Caller caller, UnitQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Unit> allUnits(Caller caller, UnitQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Unit createUnit(Caller caller, Unit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Unit updateUnit(Caller caller, long id, Unit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteUnit(Caller caller, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, List<String>> classifications(Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Person createPerson(Caller caller, Person person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Person updatePerson(Caller caller, long id, Person person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deletePerson(Caller caller, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportReport importUnits(Caller caller, InputStream xlsx, IntConsumer progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportReport importPersons(Caller caller, InputStream xlsx, IntConsumer progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] unitTemplate() {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] personTemplate() {
            throw new UnsupportedOperationException();
        }
    }

    /** The platform's attachment store, in memory, with its name rule. */
    public static final class Files implements AttachmentStore {
        private final AtomicLong ids = new AtomicLong(1);
        private final Map<Long, Attachment> meta = new HashMap<>();
        private final Map<Long, byte[]> contents = new HashMap<>();

        @Override
        public Attachment store(Caller caller, String module, String ownerType, String ownerId, String filename, String contentType,
                                byte[] content) {
            if (filename == null || filename.isBlank() || filename.length() > 200) {
                throw ApiException.badRequest("invalid", "文件名无效", "bad file name");
            }
            long id = ids.getAndIncrement();
            Attachment a = new Attachment(id, module, ownerType, ownerId, filename, contentType, content.length, "sm3", null,
                    caller.username());
            meta.put(id, a);
            contents.put(id, content);
            return a;
        }

        @Override
        public List<Attachment> list(String module, String ownerType, String ownerId) {
            return meta.values().stream().filter(a -> a.module().equals(module) && a.ownerType().equals(ownerType)
                    && a.ownerId().equals(ownerId)).toList();
        }

        @Override
        public Optional<Attachment> get(long id) {
            return Optional.ofNullable(meta.get(id));
        }

        @Override
        public byte[] content(Caller caller, long id) {
            return contents.get(id);
        }

        @Override
        public void delete(Caller caller, long id) {
            meta.remove(id);
            contents.remove(id);
        }
    }

    /** The platform's accounts: the active ones by username. */
    public static final class Accounts implements CallerResolver {
        public final Map<String, Caller> active = new HashMap<>();

        @Override
        public Optional<Caller> byUsername(String username) {
            return Optional.ofNullable(active.get(username));
        }

        @Override
        public Caller fromSubject(Subject subject) {
            throw new UnsupportedOperationException();
        }
    }
}
