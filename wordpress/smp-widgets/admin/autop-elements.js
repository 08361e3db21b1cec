/**
 * The classic editor's Visual tab and the block editor's Classic block. WordPress runs its autop on a
 * post's text as it is loaded into TinyMCE (wp.editor.autop in the classic editor, the block parser's
 * autop for a Classic block), and autop does not know the plugin's four tags: it puts an element in a
 * paragraph and closes that paragraph inside the element (`<p><smp-pros-cons></p><ul>…</ul><p></smp-pros-cons></p>`),
 * so TinyMCE deletes the element, or leaves its items outside it, and the next save stores that.
 * This treats the tags as autop treats its own block tags (div, ul, …): no paragraph starts or ends
 * just around them or just inside them. The tags come from PHP (smpWidgetsAutop.tags,
 * includes/kses.php), the same list TinyMCE is given.
 */
(function () {
  var tags = (window.smpWidgetsAutop && window.smpWidgetsAutop.tags) || [];
  if (!tags.length) return;
  var name = '(?:' + tags.join('|') + ')';
  // An opening tag (a quoted value may hold ">": heading="SMP > wigs?") or a closing tag.
  var tag = '(?:<' + name + '(?:\\s+[^\\s"\'>/=]+(?:\\s*=\\s*(?:"[^"]*"|\'[^\']*\'|[^\\s"\'>]+))?)*\\s*/?>|</' + name + '\\s*>)';
  var wrapped = new RegExp('<p>\\s*(' + tag + ')\\s*</p>', 'gi');
  var opened = new RegExp('<p>\\s*(' + tag + ')', 'gi');
  var closed = new RegExp('(' + tag + ')\\s*(?:</p>|<br\\s*/?>)', 'gi');

  function unautop(html) {
    if (typeof html !== 'string' || !/<\/?smp-/i.test(html)) return html;
    return html.replace(wrapped, '$1').replace(opened, '$1').replace(closed, '$1');
  }

  // Saving: TinyMCE writes no space between blocks and removep takes out the paragraphs, which would
  // leave the text after an element, or the next element, on the element's line
  // (`</smp-pros-cons>After the widgets.`): a blank line after the element keeps them apart, as written.
  var glued = new RegExp('(</' + name + '\\s*>)(?=[^\\s<]|<(?!/))', 'gi');

  function spaced(text) {
    return typeof text === 'string' ? text.replace(glued, '$1\n\n') : text;
  }

  // The classic editor (and the Text → Visual switch) and the Classic block: wp.editor.autop fires
  // afterWpautop, and wp.editor.removep afterPreWpautop, on <body>; seen here as they bubble.
  if (window.jQuery) {
    window.jQuery(document).on('afterWpautop', function (event, obj) {
      if (obj && typeof obj.data === 'string') obj.data = unautop(obj.data);
    });
    window.jQuery(document).on('afterPreWpautop', function (event, obj) {
      if (obj && typeof obj.data === 'string') obj.data = spaced(obj.data);
    });
  }
  // The block editor: a Classic block's content is its HTML after the block parser's autop, read
  // through the browser's parser, which has already closed the element at autop's </p>. Its content is
  // taken from that HTML (innerHTML) instead, once the tags are out of autop's paragraphs.
  if (window.wp && window.wp.hooks) {
    window.wp.hooks.addFilter('blocks.getBlockAttributes', 'smp-widgets/autop-elements', function (attributes, blockType, innerHTML) {
      if (!blockType || blockType.name !== 'core/freeform' || !attributes || typeof innerHTML !== 'string') return attributes;
      var fixed = unautop(innerHTML);
      return fixed === innerHTML ? attributes : Object.assign({}, attributes, { content: fixed });
    });
  }
})();
