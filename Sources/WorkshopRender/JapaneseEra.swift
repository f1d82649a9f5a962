import WorkshopModel

/// Dates as Japanese public bodies write them: 令和6年10月8日(火).
enum JapaneseEra {
    private static let eras: [(name: String, start: CalendarDate)] = [
        ("令和", CalendarDate(year: 2019, month: 5, day: 1)),
        ("平成", CalendarDate(year: 1989, month: 1, day: 8)),
        ("昭和", CalendarDate(year: 1926, month: 12, day: 25)),
    ]

    /// nil before 昭和 (the Gregorian form is used then).
    static func format(_ date: CalendarDate) -> String? {
        guard let era = eras.first(where: { date >= $0.start }) else { return nil }
        let year = date.year - era.start.year + 1
        let weekdays = ["日", "月", "火", "水", "木", "金", "土"]
        let weekday = weekdays.indices.contains(date.weekday) ? weekdays[date.weekday] : ""
        return "\(era.name)\(year == 1 ? "元" : String(year))年\(date.month)月\(date.day)日(\(weekday))"
    }
}
