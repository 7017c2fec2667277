package org.xuncha.personnelpools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Table;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xuncha.personnelpools.internal.pool.EntryEntity;
import org.xuncha.personnelpools.internal.profile.AvailabilityRow;
import org.xuncha.personnelpools.internal.profile.EmploymentRow;
import org.xuncha.personnelpools.internal.profile.ProfileEntity;
import org.xuncha.personnelpools.internal.profile.RelativeRow;
import org.xuncha.personnelpools.internal.profile.SpecialtyEntity;
import org.xuncha.personnelpools.internal.secondment.ExceptionRow;
import org.xuncha.personnelpools.internal.secondment.SecondmentEntity;

/** Every text column's length is one number in the entity, the schema and therefore the checks that use the entity's constant. */
class SchemaTest {

    @Test
    void everyMappedTextColumnHasTheLengthOfItsSchemaColumn() throws Exception {
        Map<String, String> schema = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Store.CHANGELOG)) {
            NodeList columns = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("column");
            for (int i = 0; i < columns.getLength(); i++) {
                Element c = (Element) columns.item(i);
                Element parent = (Element) c.getParentNode();
                if (parent.getTagName().equals("createTable")) {
                    schema.put(parent.getAttribute("tableName") + "." + c.getAttribute("name"), c.getAttribute("type"));
                }
            }
        }
        Map<Class<?>, String> tables = new HashMap<>();
        for (Class<?> e : new Class<?>[] {EntryEntity.class, ProfileEntity.class, SpecialtyEntity.class, SecondmentEntity.class}) {
            tables.put(e, e.getAnnotation(Table.class).name());
        }
        tables.put(EmploymentRow.class, collectionTable(ProfileEntity.class, "history"));
        tables.put(RelativeRow.class, collectionTable(ProfileEntity.class, "relatives"));
        tables.put(AvailabilityRow.class, collectionTable(ProfileEntity.class, "availability"));
        tables.put(ExceptionRow.class, collectionTable(SecondmentEntity.class, "exceptions"));
        int checked = 0;
        for (Map.Entry<Class<?>, String> t : tables.entrySet()) {
            for (Field f : t.getKey().getDeclaredFields()) {
                Column c = f.getAnnotation(Column.class);
                if (c == null || f.isAnnotationPresent(javax.persistence.ElementCollection.class)) {
                    continue;
                }
                String type = schema.get(t.getValue() + "." + c.name());
                assertThat(type).as(t.getValue() + "." + c.name() + " is in the schema").isNotNull();
                if (f.getType() == String.class || f.getType().isEnum()) {
                    assertThat(type).as(t.getKey().getSimpleName() + "." + f.getName()).isEqualTo("VARCHAR(" + c.length() + ")");
                    checked++;
                }
            }
        }
        Column specialty = ProfileEntity.class.getDeclaredField("specialties").getAnnotation(Column.class);
        assertThat(schema.get("xc_personnel_pools_profile_specialty.name")).isEqualTo("VARCHAR(" + specialty.length() + ")");
        assertThat(checked).isGreaterThan(20);
    }

    private static String collectionTable(Class<?> owner, String field) throws NoSuchFieldException {
        return owner.getDeclaredField(field).getAnnotation(CollectionTable.class).name();
    }
}
