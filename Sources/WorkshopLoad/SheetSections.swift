import Markdown
import WorkshopModel

/// A sheet's body cut along its headings: level-2 headings open sections,
/// level-3 headings inside a section open items. A level-1 heading is a
/// title and is passed over; deeper headings stay among the blocks (and are
/// ignored by the readers). Everything is one pass over the top-level blocks,
/// so thousands of headings cost linear time.
struct SheetSections {
    struct Section {
        var heading: SheetHeading
        var node: MarkdownNode
        var blocks: [MarkdownNode]
    }

    struct Item {
        var heading: SheetHeading
        var blocks: [MarkdownNode]
    }

    /// Blocks before the first level-2 heading.
    var preamble: [MarkdownNode] = []
    var sections: [Section] = []

    init(_ document: MarkdownDocument, file: String) {
        for block in document.blocks {
            if let level = block.headingLevel, level <= 2 {
                if level == 2 {
                    sections.append(Section(heading: SheetHeading(block, in: document, file: file), node: block, blocks: []))
                }
                continue
            }
            if sections.isEmpty {
                preamble.append(block)
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
    }

    /// A section's level-3 items, and the blocks that come before the first one.
    static func items(of section: Section, in document: MarkdownDocument, file: String) -> (lead: [MarkdownNode], items: [Item]) {
        var lead: [MarkdownNode] = []
        var items: [Item] = []
        for block in section.blocks {
            if block.headingLevel == 3 {
                items.append(Item(heading: SheetHeading(block, in: document, file: file), blocks: []))
            } else if items.isEmpty {
                lead.append(block)
            } else {
                items[items.count - 1].blocks.append(block)
            }
        }
        return (lead, items)
    }

    /// Whether a block carries content a reader would lose (a list or a table),
    /// as opposed to a note paragraph or a deeper heading.
    static func holdsFields(_ block: MarkdownNode) -> Bool {
        switch block.kind {
        case .list, .table: true
        default: false
        }
    }
}
