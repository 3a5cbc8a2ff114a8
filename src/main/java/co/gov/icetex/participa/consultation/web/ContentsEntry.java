package co.gov.icetex.participa.consultation.web;

import co.gov.icetex.participa.consultation.application.PartView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a document's contents list: a text part (chapter, section, paragraph), the
 * observations in the open on it and on everything below it (its sections and table rows), and its
 * sub-parts. Rows are not listed: a plan has hundreds and the list must stay short enough to scan;
 * they are counted in the part that holds them, so a chapter shows where people commented.
 */
record ContentsEntry(PartView part, long observations, List<ContentsEntry> children) {

  /**
   * The contents of {@code parts} (in document order, parents before their children) with the
   * counts of {@code observationCounts} (part id to observations in the open; may be empty).
   */
  static List<ContentsEntry> of(List<PartView> parts, Map<Long, Long> observationCounts) {
    Map<Long, Node> nodes = new HashMap<>();
    Map<Long, PartView> byId = new HashMap<>();
    List<Node> roots = new ArrayList<>();
    for (PartView part : parts) {
      byId.put(part.id(), part);
      long own = observationCounts == null ? 0 : observationCounts.getOrDefault(part.id(), 0L);
      if (part.tableRow()) {
        Node holder = nearestListed(part, nodes, byId);
        for (Node n = holder; n != null; n = n.parent) {
          n.observations += own;
        }
        continue;
      }
      Node parent = nearestListed(part, nodes, byId);
      Node node = new Node(part, parent);
      nodes.put(part.id(), node);
      (parent == null ? roots : parent.children).add(node);
      for (Node n = node; n != null; n = n.parent) {
        n.observations += own;
      }
    }
    return roots.stream().map(Node::freeze).toList();
  }

  /** The closest ancestor that is in the list (rows are not), or null at the top. */
  private static Node nearestListed(
      PartView part, Map<Long, Node> nodes, Map<Long, PartView> byId) {
    for (Long id = part.parentId(); id != null; ) {
      Node node = nodes.get(id);
      if (node != null) {
        return node;
      }
      PartView above = byId.get(id);
      id = above == null ? null : above.parentId();
    }
    return null;
  }

  private static final class Node {
    final PartView part;
    final Node parent;
    final List<Node> children = new ArrayList<>();
    long observations;

    Node(PartView part, Node parent) {
      this.part = part;
      this.parent = parent;
    }

    ContentsEntry freeze() {
      return new ContentsEntry(part, observations, children.stream().map(Node::freeze).toList());
    }
  }
}
