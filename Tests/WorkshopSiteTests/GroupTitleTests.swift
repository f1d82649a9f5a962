import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

/// Issue 10: a hand-written group name that repeats its id read 「Group A: Group A」.
@Suite struct GroupTitleTests {
    @Test(arguments: [
        ("Aチーム", "A", true), ("グループＡ", "A", true), ("Group A", "A", true), ("group-a", "A", true),
        ("第1グループ", "1", true), ("A班", "A", true),
        ("Alpha", "A", false), ("Team 12", "1", false), ("卸業・製造業グループ", "A", false), ("BA", "A", false),
    ])
    func aNameSaysItsIdOnlyAsAWordOfItsOwn(name: String, id: String, names: Bool) {
        #expect(GroupTitle.names(name, id) == names, "\(name) / \(id)")
    }

    @Test func theFormsGroupMenuNeverRepeatsTheId() {
        #expect(FillData.Group(id: "A", name: "卸業・製造業グループ").label == "A 卸業・製造業グループ")
        #expect(FillData.Group(id: "A", name: "Group A").label == "Group A")
        #expect(FillData.Group(id: "A", name: "").label == "A")
        #expect(FillData.Group(id: "A", name: "a").label == "A")
    }

    @Test func pagesNeverRepeatTheId() throws {
        var content = SampleContent.content()
        var event = content.events[0]
        event.groups.append(GroupInfo(id: "Z", name: "卸売業グループ", location: event.groups[0].location))
        let ids = event.groups.map(\.id)
        try #require(ids.count >= 3)
        event.groups[0].name = "Group \(ids[0])"
        event.groups[1].name = ""
        content.events[0] = event
        let files = try Repo.render(content)
        let slug = event.slug
        let pages = ["events/\(slug)/index.html", "events/\(slug)/groups/\(ids[0])/index.html", "events/\(slug)/groups/print/index.html",
                     "events/\(slug)/report/index.html", "events/\(slug)/worksheets/index.html"]
        for path in pages {
            let html = try #require(files[path], "\(path)").text
            #expect(!html.contains("Group \(ids[0]): Group \(ids[0])") && !html.contains("グループ\(ids[0]): Group \(ids[0])"), "\(path)")
            #expect(!html.contains("グループ\(ids[1]): \(ids[1])") && !html.contains("グループ\(ids[1]): <"), "\(path)")
        }
        let eventPage = try #require(files["events/\(slug)/index.html"]).text
        #expect(eventPage.contains(">Group \(ids[0])<"))
        #expect(eventPage.contains("グループZ: 卸売業グループ"), "a name of its own comes after the id")
        let groupPage = try #require(files["events/\(slug)/groups/\(ids[0])/index.html"]).text
        #expect(groupPage.contains("<title>Group \(ids[0])"), "the page title is the name alone")
    }
}
