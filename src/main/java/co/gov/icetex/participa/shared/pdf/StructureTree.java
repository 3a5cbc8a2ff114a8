package co.gov.icetex.participa.shared.pdf;

import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of a tagged PDF: elements in reading order under one Document element, the
 * marked content (by MCID) and annotations each element owns, and the parent tree that leads back
 * from a page's marked content to its elements. Built with plain dictionaries, not PDFBox's
 * wrappers: the 10,000-entry report has some 100,000 of them.
 */
final class StructureTree {

  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
  private static final COSName MCR = COSName.getPDFName("MCR");
  private static final COSName OBJR = COSName.getPDFName("OBJR");
  private static final COSName MCID = COSName.getPDFName("MCID");
  private static final COSName SCOPE = COSName.getPDFName("Scope");

  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final COSDictionary document = new COSDictionary();
  private final Map<Integer, COSObjectable> parentTree = new TreeMap<>();
  private int nextKey;

  StructureTree(PDDocumentCatalog catalog) {
    catalog.setStructureTreeRoot(root);
    document.setItem(COSName.TYPE, STRUCT_ELEM);
    document.setName(COSName.S, "Document");
    document.setItem(COSName.P, root.getCOSObject());
    root.getCOSObject().setItem(COSName.K, document);
  }

  COSDictionary document() {
    return document;
  }

  /** A new element of a standard type, the last child of {@code parent}. */
  static COSDictionary element(String type, COSDictionary parent) {
    var e = new COSDictionary();
    e.setItem(COSName.TYPE, STRUCT_ELEM);
    e.setName(COSName.S, type);
    e.setItem(COSName.P, parent);
    addKid(parent, e);
    return e;
  }

  /** Marks a table header cell as the header of its column or of its row. */
  static void scope(COSDictionary headerCell, String scope) {
    var attributes = new COSDictionary();
    attributes.setName(COSName.O, "Table");
    attributes.setName(SCOPE, scope);
    attributes.setDirect(true);
    headerCell.setItem(COSName.A, attributes);
  }

  /** Registers a new page; returns the list of its marked content's elements, indexed by MCID. */
  COSArray addPage(PDPage page) {
    var contents = new COSArray();
    int key = nextKey++;
    page.setStructParents(key);
    parentTree.put(key, contents);
    return contents;
  }

  /** The next MCID of {@code page}, now owned by {@code element}. */
  static int mark(COSDictionary element, PDPage page, COSArray contents) {
    int mcid = contents.size();
    contents.add(element);
    COSBase elementPage = element.getDictionaryObject(COSName.PG);
    if (elementPage == null) {
      element.setItem(COSName.PG, page);
      addKid(element, COSInteger.get(mcid));
    } else if (elementPage == page.getCOSObject()) {
      addKid(element, COSInteger.get(mcid));
    } else { // the element continues from an earlier page
      var reference = new COSDictionary();
      reference.setItem(COSName.TYPE, MCR);
      reference.setItem(COSName.PG, page);
      reference.setInt(MCID, mcid);
      reference.setDirect(true);
      addKid(element, reference);
    }
    return mcid;
  }

  /** An annotation of {@code page} owned by {@code element} (a link by its Link element). */
  void annotation(COSDictionary element, PDAnnotation annotation, PDPage page) {
    int key = nextKey++;
    annotation.setStructParent(key);
    parentTree.put(key, element);
    var reference = new COSDictionary();
    reference.setItem(COSName.TYPE, OBJR);
    reference.setItem(COSName.OBJ, annotation);
    reference.setItem(COSName.PG, page);
    reference.setDirect(true);
    addKid(element, reference);
  }

  /** Writes the parent tree; call once every page and annotation is registered. */
  void finish() {
    var tree = new PDNumberTreeNode(PDParentTreeValue.class);
    tree.setNumbers(parentTree);
    root.setParentTree(tree);
    root.setParentTreeNextKey(nextKey);
  }

  private static void addKid(COSDictionary parent, COSBase kid) {
    COSBase kids = parent.getItem(COSName.K);
    if (kids == null) {
      parent.setItem(COSName.K, kid);
    } else if (kids instanceof COSArray array) {
      array.add(kid);
    } else {
      var array = new COSArray();
      array.add(kids);
      array.add(kid);
      parent.setItem(COSName.K, array);
    }
  }
}
