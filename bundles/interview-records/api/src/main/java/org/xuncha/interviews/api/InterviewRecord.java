package org.xuncha.interviews.api;

import java.time.LocalDateTime;
import java.util.List;

import org.xuncha.platform.api.files.Attachment;

/**
 * An interview record with its content, as a member of the group reads it (the read is audited).
 *
 * @param id                   id
 * @param roundId              the round
 * @param groupId              the group
 * @param unitId               the inspected unit
 * @param plannedInterviewId   the planned interview, may be null
 * @param category             interviewee category
 * @param personId             interviewee in reference data, may be null
 * @param intervieweeName      interviewee
 * @param intervieweePost      their post, may be null
 * @param heldAt               when
 * @param place                where
 * @param interviewers         interviewers with their signature status
 * @param recorderId           the recorder
 * @param interviewee          the interviewee's signature status
 * @param intervieweeNote      why the interviewee declined to sign, if they did
 * @param status               draft or signed off
 * @param sections             what was said, topic by topic
 * @param leaderNotes          the mandatory topic, leader by leader
 * @param coversMandatoryTopic whether it has mandatory-topic notes
 * @param missesMandatoryTopic an interview with a member of the leadership without them
 * @param raised               problems and leads raised from it, with their hand-over state
 * @param handOverAvailable    whether the lead-transfer module is running now (else raised items wait)
 * @param attachments          attached files
 * @param corrections          corrections since sign-off, oldest first
 * @param signedOffBy          username of who signed it off, null while a draft
 * @param signedOffAt          when
 * @param createdBy            username
 * @param createdAt            when
 * @param updatedAt            last change
 * @param version              optimistic-lock version
 */
public record InterviewRecord(long id, long roundId, long groupId, long unitId, Long plannedInterviewId,
                              IntervieweeCategory category, Long personId, String intervieweeName, String intervieweePost,
                              LocalDateTime heldAt, String place, List<Signature> interviewers, long recorderId,
                              SignatureStatus interviewee, String intervieweeNote, RecordStatus status,
                              List<Section> sections, List<LeaderNote> leaderNotes, boolean coversMandatoryTopic,
                              boolean missesMandatoryTopic, List<HandOver> raised, boolean handOverAvailable,
                              List<Attachment> attachments, List<Correction> corrections, String signedOffBy,
                              LocalDateTime signedOffAt, String createdBy, LocalDateTime createdAt, LocalDateTime updatedAt,
                              long version) {
}
