package org.xuncha.interviews.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The top-leader dossier (专门材料) of an inspected unit for a round: everything the signed-off
 * interview records say about the top leader (一把手) and the leading group, with the problems and
 * leads raised about them. Reading and exporting it are audited.
 *
 * @param roundId            the round
 * @param roundName          its name
 * @param groupId            the group
 * @param groupName          its name
 * @param unitId             the unit
 * @param unitName           its name
 * @param compiledAt         when it was compiled
 * @param topLeaders         the unit's top leader (normally one)
 * @param members            the other leading-group members
 * @param recordsUsed        signed-off records it draws on
 * @param topLeaderOwnAccount what the top leader said in their own interviews, topic by topic
 * @param aboutTopLeader     what others said about the top leader
 * @param aboutMembers       what was said about each other member, member by member
 * @param aboutLeadingGroup  what was said about the leading group as a whole
 * @param raised             problems and leads raised about the top leader or the leading group
 * @param check              the mandatory-topic check of the unit
 */
public record LeaderDossier(long roundId, String roundName, long groupId, String groupName, long unitId, String unitName,
                            LocalDateTime compiledAt, List<PersonLine> topLeaders, List<PersonLine> members, int recordsUsed,
                            List<Entry> topLeaderOwnAccount, List<Entry> aboutTopLeader, List<MemberPart> aboutMembers,
                            List<Entry> aboutLeadingGroup, List<Raised> raised, MandatoryTopicCheck check) {

    /** A member of the leadership. */
    public record PersonLine(long personId, String name, String post) {
    }

    /**
     * One passage of a record.
     *
     * @param recordId the record
     * @param heldAt   when the interview took place
     * @param source   who said it, by category only (e.g. 中层干部), or 本人 for the top leader's own account
     * @param topic    the topic, may be null
     * @param text     what was said
     */
    public record Entry(long recordId, LocalDateTime heldAt, String source, String topic, String text) {
    }

    /** What was said about one member. */
    public record MemberPart(PersonLine person, List<Entry> entries) {

        public MemberPart {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    /** A problem or lead about the leadership. */
    public record Raised(long recordId, HandOverKind kind, boolean topLeader, String description, HandOverStatus status) {
    }
}
