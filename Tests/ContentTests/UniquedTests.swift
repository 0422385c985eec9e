import Testing
@testable import Content

struct UniquedTests {
    /// Short lists are looked along, long ones hashed: both keep the first of each, in order.
    @Test(arguments: [5, 16, 17, 200])
    func keepsTheFirstOfEachInOrder(_ count: Int) {
        let elements = (0..<count).map { "id-\($0 % 7 == 3 ? 1 : $0)" }
        var seen = Set<String>()
        #expect(elements.uniqued() == elements.filter { seen.insert($0).inserted })
        #expect(elements.uniqued().count == Set(elements).count)
    }
}
