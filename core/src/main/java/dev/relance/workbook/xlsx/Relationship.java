package dev.relance.workbook.xlsx;

/**
 * One relationship of a package part.
 *
 * @param id       the id that the source part refers to, such as {@code rId1}
 * @param type     the relationship type URI
 * @param target   the target's part name without leading slash, such as
 *                 {@code xl/worksheets/sheet1.xml}; for an external target, the URI as written
 * @param external whether the target lies outside the package (a hyperlink, a linked file)
 */
record Relationship(String id, String type, String target, boolean external) {
}
