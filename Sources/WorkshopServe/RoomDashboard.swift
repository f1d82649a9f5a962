import Foundation
import WorkshopModel

/// What the facilitator's dashboard (`/__workshop/`) shows of the room,
/// worked out from the content on disk (hand-written worksheets count as
/// much as submitted ones), its findings and the submission log: for each
/// group, who on the roster has a worksheet and who has not, each
/// worksheet's warnings and missing themes, and the group sheet's state.
public struct RoomDashboard: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public enum State: Sendable, Hashable {
            /// On the roster, no worksheet yet.
            case missing
            /// A worksheet the site shows.
            case submitted
            /// A worksheet with errors, left out of the site (its last good version may be shown).
            case hasErrors
        }
        public var participant: String
        public var state: State
        /// Root-relative path of the worksheet, when there is one.
        public var file: String?
        public var warnings: Int
        public var errors: Int
        /// The themes (1, 2, 3) with nothing in them.
        public var missingThemes: [Int]
        /// On the group's roster (false: a worksheet of this group whose participant is not on it).
        public var onRoster: Bool
        /// Sent through the collection endpoint (false: written by hand or copied in).
        public var submittedInTheRoom: Bool
        public var lastSubmitted: Date?
    }

    public struct Group: Sendable, Hashable {
        public enum SheetState: Sendable, Hashable {
            case none
            /// A sheet with findings still to look at (warnings, or errors when written by hand).
            case draft(warnings: Int, errors: Int)
            /// A sheet with no findings.
            case checked
        }
        public var id: String
        public var name: String
        public var members: [Member]
        public var sheet: SheetState
        public var sheetSubmittedInTheRoom: Bool
        /// How many pseudonyms the roster names (0: no roster).
        public var rosterSize: Int
        public var submitted: Int { members.count { $0.state != .missing } }
        public var missing: Int { members.count { $0.state == .missing } }
    }

    public struct Room: Sendable, Hashable {
        public var slug: String
        public var title: String
        public var groups: [Group]
        /// Worksheets whose group is not declared in event.yaml.
        public var elsewhere: [Member]
        /// People on the rosters (groups without one add nobody).
        public var expected: Int { groups.reduce(0) { $0 + $1.rosterSize } }
        public var worksheets: Int { groups.reduce(elsewhere.count) { $0 + $1.submitted } }
        public var missing: Int { groups.reduce(0) { $0 + $1.missing } }
        public var withWarnings: Int { (groups.flatMap(\.members) + elsewhere).count { $0.warnings > 0 } }
        public var groupSheets: Int { groups.count { $0.sheet != .none } }
    }

    public var rooms: [Room]

    /// `content`: the content as the site shows it; `findings`: every finding now;
    /// `leftOut`: files with errors left out of the site; `log`: the submissions by event;
    /// `leftOutGroups`: the group each left-out worksheet names on disk now, where it could be read.
    public init(content: Content, findings: [Finding], leftOut: [String], log: [String: [SubmissionLog.Entry]],
                leftOutGroups: [String: String] = [:]) {
        var byFile: [String: (warnings: Int, errors: Int)] = [:]
        for finding in findings {
            switch finding.severity {
            case .error: byFile[finding.location.file, default: (0, 0)].errors += 1
            case .warning: byFile[finding.location.file, default: (0, 0)].warnings += 1
            default: break
            }
        }
        let leftOutFiles = Set(leftOut)
        rooms = content.events.map { event in
            let entries = log[event.slug] ?? []
            let sent = Dictionary(entries.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
            let prefix = "events/\(event.slug)/worksheets/"
            // Worksheets the site shows, then those left out for errors (by file name: the loader could not vouch for the participant).
            var sheets: [(participant: String, group: String?, file: String, worksheet: Worksheet?)] =
                event.worksheets.filter { !leftOutFiles.contains($0.location.file) }.map { ($0.participant, $0.group, $0.location.file, $0) }
            for file in leftOut.sorted() where file.hasPrefix(prefix) && file.hasSuffix(".md") {
                let name = String(file.dropFirst(prefix.count).dropLast(3))
                let shown = event.worksheets.first { $0.location.file == file }
                sheets.removeAll { $0.file == file }
                // Its group as the file says now, else as last shown, else as last sent.
                sheets.append((shown?.participant ?? name, leftOutGroups[file] ?? shown?.group ?? sent[file]?.group, file, nil))
            }
            func member(_ sheet: (participant: String, group: String?, file: String, worksheet: Worksheet?), onRoster: Bool) -> Member {
                let counts = byFile[sheet.file] ?? (0, 0)
                var missing: [Int] = []
                if let worksheet = sheet.worksheet {
                    if worksheet.impacts.isEmpty { missing.append(1) }
                    if worksheet.choices.isEmpty { missing.append(2) }
                    if worksheet.obstacles.isEmpty { missing.append(3) }
                }
                return Member(participant: sheet.participant, state: sheet.worksheet == nil ? .hasErrors : .submitted, file: sheet.file,
                              warnings: counts.warnings, errors: counts.errors, missingThemes: missing, onRoster: onRoster,
                              submittedInTheRoom: sent[sheet.file] != nil, lastSubmitted: sent[sheet.file]?.lastSubmitted)
            }
            var placed = Set<String>()
            let groups = event.groups.map { info in
                var members: [Member] = []
                for id in info.members {
                    if let sheet = sheets.first(where: { IDText.normalize($0.participant) == id }) {
                        placed.insert(sheet.file)
                        members.append(member(sheet, onRoster: true))
                    } else {
                        members.append(Member(participant: id, state: .missing, file: nil, warnings: 0, errors: 0, missingThemes: [],
                                              onRoster: true, submittedInTheRoom: false, lastSubmitted: nil))
                    }
                }
                for sheet in sheets where !placed.contains(sheet.file) && sheet.group.map(IDText.normalize) == info.id {
                    placed.insert(sheet.file)
                    members.append(member(sheet, onRoster: info.members.isEmpty))
                }
                let sheetFile = "events/\(event.slug)/groups/\(info.id).md"
                let groupSheet = event.groupSheets.first { IDText.normalize($0.group) == info.id }
                let file = groupSheet?.location.file ?? sheetFile
                let counts = byFile[file] ?? (0, 0)
                let state: Group.SheetState
                if groupSheet == nil && !leftOutFiles.contains(sheetFile) {
                    state = .none
                } else if counts.warnings + counts.errors == 0 {
                    state = .checked
                } else {
                    state = .draft(warnings: counts.warnings, errors: counts.errors)
                }
                let sentSheet = entries.contains { $0.kind == .groupSheet && $0.file == file }
                return Group(id: info.id, name: info.name, members: members, sheet: state, sheetSubmittedInTheRoom: sentSheet,
                             rosterSize: info.members.count)
            }
            let elsewhere = sheets.filter { !placed.contains($0.file) }.map { member($0, onRoster: false) }
            return Room(slug: event.slug, title: event.title, groups: groups, elsewhere: elsewhere)
        }
    }
}
