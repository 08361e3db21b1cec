/**
 * Editor side of the four SMP widget blocks, written against the wp.* globals
 * (no build step). Block attributes are the elements' JavaScript property
 * names; the block is rendered on the server, so save() returns null. The
 * preview is the real element, with the site's clinic settings applied the
 * way the server applies them.
 */
(function (blocks, element, blockEditor, components, i18n, htmlEntities) {
	'use strict';

	var el = element.createElement;
	var __ = i18n.__;
	var InspectorControls = blockEditor.InspectorControls;
	var useBlockProps = blockEditor.useBlockProps;
	var PanelBody = components.PanelBody;
	var TextControl = components.TextControl;
	var SelectControl = components.SelectControl;
	var ToggleControl = components.ToggleControl;
	var CheckboxControl = components.CheckboxControl;

	var data = window.smpWidgetsEditor || {};
	/** Elements that take the clinic settings (phone, contact page, protocol numbers), as the server says. */
	var CLINIC = data.clinic || [];
	/**
	 * A text attribute as the page shows it. Saved through kses (an Author; every site admin of a
	 * multisite), "&" is stored as "&amp;", which the page's HTML shows as "&": so do the sidebar
	 * and the preview. What is typed is stored as typed.
	 */
	var decode = htmlEntities.decodeEntities;
	var siteSettings = data.settings || {};
	var itemIds = data.ids || {};

	/** headingLevel → heading-level */
	function kebab(name) {
		return name.replace(/[A-Z]/g, function (c) {
			return '-' + c.toLowerCase();
		});
	}

	/**
	 * Element attributes for the preview: site settings, then the block's own values, but not a clinic
	 * value of its own that is not valid (clinicProblem): the page leaves that out for the site's setting
	 * or the widget's default (smp_widgets_own_clinic_value()), and the preview shows what the page will.
	 */
	function elementAttributes(slug, attributes) {
		var out = {};
		if (CLINIC.indexOf(slug) !== -1) {
			Object.keys(siteSettings).forEach(function (name) {
				out[name] = siteSettings[name];
			});
		}
		Object.keys(attributes).forEach(function (key) {
			var value = attributes[key];
			if (key === 'className' || value === undefined || value === null || value === '' || value === false) return;
			var name = kebab(key);
			if (CLINIC.indexOf(slug) !== -1 && (clinicProblem(key, value) || (key === 'contactUrl' && contactLinks[decode(String(value)).trim()] === false))) return;
			if (value === true || (key === 'persist' && value === 'true')) out[name] = '';
			else out[name] = decode(String(value));
		});
		return out;
	}

	/**
	 * Says, in the console, when a sidebar control sets an attribute its block.json does not declare:
	 * the preview would show it, and saving would drop it (the block comment holds declared
	 * attributes only). A guard for whoever adds a control; the end-to-end run opens every block's
	 * sidebar and fails on any console error.
	 */
	var undeclared = {};
	function declared(props, key) {
		var type = blocks.getBlockType(props.name);
		if (type && type.attributes && !Object.prototype.hasOwnProperty.call(type.attributes, key) && !undeclared[props.name + ' ' + key]) {
			undeclared[props.name + ' ' + key] = true;
			// eslint-disable-next-line no-console
			console.error('smp-widgets: the ' + props.name + ' sidebar sets "' + key + '", which its block.json does not declare: it would not be saved.');
		}
	}

	/** A text field; `problem`, when given, says under it why its value will not be used, before its help. */
	function text(props, key, label, help, type, problem) {
		declared(props, key);
		return el(TextControl, {
			key: key,
			label: label,
			help: problem ? el(element.Fragment, null, el('span', { className: 'smp-widgets-field-problem' }, problem), help ? ' ' : null, help) : help,
			'aria-invalid': problem ? true : undefined,
			type: type || 'text',
			value: decode(props.attributes[key] || ''),
			onChange: function (value) {
				var next = {};
				next[key] = value === '' ? undefined : value;
				props.setAttributes(next);
			},
		});
	}

	function select(props, key, label, options) {
		declared(props, key);
		return el(SelectControl, {
			key: key,
			label: label,
			value: props.attributes[key] === undefined ? '' : String(props.attributes[key]),
			options: options,
			onChange: function (value) {
				var next = {};
				next[key] = value === '' ? undefined : key === 'headingLevel' ? Number(value) : value;
				props.setAttributes(next);
			},
		});
	}

	function toggle(props, key, label, help) {
		declared(props, key);
		var on = key === 'persist' ? !!props.attributes.persist : !!props.attributes[key];
		return el(ToggleControl, {
			key: key,
			label: label,
			help: help,
			checked: on,
			onChange: function (value) {
				var next = {};
				next[key] = key === 'persist' ? (value ? 'true' : undefined) : value || undefined;
				props.setAttributes(next);
			},
		});
	}

	/**
	 * The document the previews render in: the editor canvas's iframe (WordPress 6.3+), else this
	 * page; null while the iframe still holds the empty about:blank document it starts with (the
	 * bundle never runs there). WordPress writes the iframe's `<html>` without a `lang`, so the
	 * widgets in it would speak English in any editor: it gets this page's, the editor's language.
	 */
	function canvas() {
		var frame = document.querySelector('iframe[name="editor-canvas"]');
		if (!frame) return document;
		var doc = frame.contentDocument;
		if (!doc || !doc.body || !doc.defaultView || doc.URL === 'about:blank') return null;
		if (!doc.documentElement.lang && document.documentElement.lang) doc.documentElement.lang = document.documentElement.lang;
		return doc;
	}

	/** What a reader hears of an item: a step's title and text, not its decoration hidden from assistive technology. */
	function spoken(node) {
		var title = node.querySelector('[part~="title"]');
		if (title) return (title.textContent + ': ' + ((node.querySelector('[part~="text"]') || {}).textContent || '')).replace(/\s+/g, ' ').trim();
		var copy = node.cloneNode(true);
		copy.querySelectorAll('[aria-hidden="true"]').forEach(function (n) {
			n.remove();
		});
		return copy.textContent.replace(/\s+/g, ' ').trim();
	}

	/** Block attributes that change an item's text (its numbers, phone, dates), as the preview has them. */
	var TEXT_ATTRIBUTES = ['phone', 'contactUrl', 'dryDays', 'rednessDays', 'healDays', 'recoveryDays', 'assessmentDays', 'minSessions', 'sessionHours', 'sessionDate', 'sessionInterval'];
	function textAttributes(attributes) {
		var out = {};
		TEXT_ATTRIBUTES.forEach(function (key) {
			if (attributes[key] !== undefined) out[key] = attributes[key];
		});
		return out;
	}

	var labels = {}; // slug, language and text attributes -> promise of { id: text }
	/**
	 * The text of each default item, as the element itself shows it in the editor's language with
	 * the site settings and the block's own numbers (`own`, see textAttributes): read from a hidden
	 * element of its own (a preview hides the items it hides, and shows one group of the guide),
	 * removed once read, or after 10 s if the bundle does not load. Nothing is kept from a failure,
	 * so the next render tries again. A canvas still loading is waited for (10 s at most).
	 */
	function itemLabels(slug, own, waited) {
		var doc = canvas();
		if (!doc) {
			if ((waited || 0) >= 10000) return Promise.resolve({});
			return new Promise(function (resolve) {
				setTimeout(resolve, 250);
			}).then(function () {
				return itemLabels(slug, own, (waited || 0) + 250);
			});
		}
		var attributes = elementAttributes(slug, own);
		var key = slug + ' ' + doc.documentElement.lang + ' ' + JSON.stringify(attributes);
		var read = function (probe) {
			var found = {};
			(probe.shadowRoot ? probe.shadowRoot.querySelectorAll('[data-id]') : []).forEach(function (node) {
				found[node.getAttribute('data-id')] = spoken(node);
			});
			return found;
		};
		return askWidget(doc, 'smp-' + slug, Object.assign({}, attributes, { 'no-disclaimer': '' }), labels, key, read).then(function (found) {
			return found || {};
		});
	}

	/**
	 * The widget's own answer about some attributes: a hidden element of the plugin's bundle given them,
	 * read once it has rendered (`read(element)`), then removed. Cached by `key` in `cache`; no answer
	 * (the bundle did not load in 10 s, or reading failed) is undefined, and is asked again next time.
	 */
	function askWidget(doc, tag, attributes, cache, key, read) {
		if (cache[key]) return cache[key];
		cache[key] = new Promise(function (resolve) {
			var probe = doc.createElement(tag);
			Object.keys(attributes).forEach(function (name) {
				probe.setAttribute(name, attributes[name]);
			});
			probe.hidden = true;
			var settled = false;
			var finish = function (answer) {
				if (settled) return;
				settled = true;
				probe.remove();
				if (answer === undefined) delete cache[key];
				resolve(answer);
			};
			doc.body.appendChild(probe);
			setTimeout(finish, 10000);
			doc.defaultView.customElements
				.whenDefined(tag)
				.then(function () {
					return probe.updateComplete;
				})
				.then(function () {
					finish(read(probe));
				})
				.catch(function () {
					finish();
				});
		});
		return cache[key];
	}

	/** One checkbox per default item, labelled with its text (its id until the text is read): ticked ids go into `hide`. */
	function HiddenItems(args) {
		var slug = args.slug;
		var props = args.blockProps;
		var state = element.useState({});
		var texts = state[0];
		var setTexts = state[1];
		var own = textAttributes(props.attributes);
		var ownKey = JSON.stringify(own);
		element.useEffect(
			function () {
				var current = true;
				itemLabels(slug, own).then(function (found) {
					if (current) setTexts(found);
				});
				return function () {
					current = false;
				};
			},
			[slug, ownKey]
		);
		// In the order the widget shows them (the read texts come in that order: the checklist's
		// Do items before its Avoid items), any id not read after them.
		var shown = Object.keys(texts);
		var rank = function (id) {
			var at = shown.indexOf(id);
			return at === -1 ? shown.length : at;
		};
		var ids = (itemIds[slug] || []).slice().sort(function (a, b) {
			return rank(a) - rank(b);
		});
		var hidden = (props.attributes.hide || '').split(/\s+/).filter(Boolean);
		if (!ids.length) {
			return text(props, 'hide', __('Hidden items', 'smp-widgets'), __('IDs of default items to hide, separated by spaces.', 'smp-widgets'));
		}
		return el(
			'fieldset',
			{ className: 'smp-widgets-hide' },
			el('legend', null, __('Hide default items', 'smp-widgets')),
			ids.map(function (id) {
				return el(CheckboxControl, {
					key: id,
					label: texts[id] || id,
					checked: hidden.indexOf(id) !== -1,
					onChange: function (checked) {
						var next = hidden.filter(function (h) {
							return h !== id;
						});
						if (checked) next.push(id);
						props.setAttributes({ hide: next.length ? next.join(' ') : undefined });
					},
				});
			})
		);
	}

	var fields = data.fields || {};
	var rules = data.rules || {};

	/**
	 * Why a clinic value of the block's own is not valid, so that the page uses the site's setting or the
	 * widget's default instead; '' when it is valid. The rules are the server's
	 * (smp_widgets_setting_rules(), as smp_widgets_own_clinic_value() applies them to the page), with the
	 * labels and reasons in the editor's language; the contact page's rule is not among them, so nothing
	 * is said of it here.
	 */
	function clinicProblem(key, value) {
		var field = fields[kebab(key)];
		var given = String(value).trim();
		var rule = field && rules[field.type];
		if (!rule || !given) return '';
		var reason = null; // null while valid
		if (Array.isArray(rule)) {
			rule.forEach(function (check) {
				if (reason !== null) return;
				if ((check.refuse && new RegExp(check.refuse, 'u').test(given)) || (check.require && !new RegExp(check.require, 'u').test(given)) || (check.max && Array.from(given).length > check.max)) reason = check.problem;
			});
		} else {
			// Arabic-Indic and Persian digits are digits, as the widget and the server read them.
			var digits = given.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, function (c) {
				return String(c.charCodeAt(0) & 15);
			});
			var m = new RegExp(rule.pattern, 'u').exec(digits);
			var low = m ? Number(m[1]) : NaN;
			var high = m && m[2] ? Number(m[2]) : low;
			if (!m || low > high || low < rule.min || high > rule.max) reason = '';
		}
		if (reason === null) return '';
		return reason
			? /* translators: 1: a clinic setting's label, e.g. Clinic phone number; 2: the value a block or shortcode gives it; 3: why it is not valid. Shown only to editors: above the widget, and under the field in the block sidebar. */
			  i18n.sprintf(__('%1$s: “%2$s” is not valid (%3$s), so this widget uses the site’s setting or its default.', 'smp-widgets'), field.label, given, reason)
			: /* translators: 1: a clinic setting's label, e.g. Days to keep the head dry; 2: the value a block or shortcode gives it. Shown only to editors: above the widget, and under the field in the block sidebar. */
			  i18n.sprintf(__('%1$s: “%2$s” is not valid, so this widget uses the site’s setting or its default.', 'smp-widgets'), field.label, given);
	}

	var contactChecks = {}; // contact-url text -> promise: true when the widget makes it a link
	var contactLinks = {}; // contact-url text -> true or false, once the widget has answered
	/**
	 * Whether the widget makes a contact-url text a link: its own answer (a hidden checklist given only
	 * that text shows a contact link only then), by the rule the page's smp_widgets_contact_link() and
	 * the widget share. Undefined while unknown (the bundle did not load in 10 s: asked again next time).
	 */
	function readsContact(value) {
		var read = function (probe) {
			return !!(probe.shadowRoot && probe.shadowRoot.querySelector('a.contact-link'));
		};
		return askWidget(document, 'smp-aftercare-checklist', { 'contact-url': value }, contactChecks, value, read).then(function (reads) {
			if (reads !== undefined) contactLinks[value] = reads;
			return reads;
		});
	}

	function contactProblem(value) {
		var given = decode(String(value)).trim();
		var field = fields['contact-url'];
		if (!given || !field) return '';
		return readsContact(given).then(function (reads) {
			return reads === false
				? /* translators: 1: a clinic setting's label, e.g. Days to keep the head dry; 2: the value a block or shortcode gives it. Shown only to editors: above the widget, and under the field in the block sidebar. */
				  i18n.sprintf(__('%1$s: “%2$s” is not valid, so this widget uses the site’s setting or its default.', 'smp-widgets'), field.label, given)
				: '';
		});
	}

	var dateChecks = {}; // session-date text -> promise: true when the timeline reads dates from it
	/**
	 * Whether the timeline reads the patient's dates from a session-date text: the widget's own answer,
	 * from a hidden timeline of the plugin's bundle (it shows a summary of the patient's dates only
	 * then). No answer (the bundle did not load in 10 s) is no verdict, and is asked again next time.
	 */
	function readsDates(value) {
		var read = function (probe) {
			return !!(probe.shadowRoot && probe.shadowRoot.querySelector('[part~="summary"]'));
		};
		return askWidget(document, 'smp-recovery-timeline', { 'session-date': value }, dateChecks, value, read).then(function (reads) {
			return reads !== false;
		});
	}

	function sessionDateProblem(value) {
		var given = String(value).trim();
		if (!given) return '';
		return readsDates(given).then(function (reads) {
			/* translators: %s: the session date typed in the block's sidebar, e.g. 09/01/2026. */
			return reads ? '' : i18n.sprintf(__('“%s” is not a date the timeline can read (write YYYY-MM-DD, e.g. 2026-09-01; several dates separated by spaces), so it shows the general timeline, without dates.', 'smp-widgets'), given);
		});
	}

	/**
	 * A text field that says under it when its value is not valid (`check`: the value → a reason, or a
	 * promise of one; '' when valid), once typing pauses, as Settings → SMP widgets does under the phone:
	 * a value half typed is not judged. What is typed is kept and saved as typed.
	 */
	function CheckedText(args) {
		var props = args.block;
		var value = decode(props.attributes[args.name] || '');
		var state = element.useState('');
		var setProblem = state[1];
		element.useEffect(
			function () {
				var live = true;
				var timer = setTimeout(function () {
					Promise.resolve(args.check(value)).then(function (problem) {
						if (live) setProblem(problem || '');
					});
				}, 300);
				return function () {
					live = false;
					clearTimeout(timer);
				};
			},
			[value]
		);
		return text(props, args.name, args.label, args.help, args.type, state[0]);
	}

	function checked(props, key, label, help, check, type) {
		return el(CheckedText, { key: key, block: props, name: key, label: label, help: help, type: type, check: check || clinicProblem.bind(null, key) });
	}

	function siteValue(key) {
		var value = siteSettings[kebab(key)];
		/* translators: %s: the value set in Settings → SMP widgets. */
		return value ? i18n.sprintf(__('If empty, the site setting is used: %s.', 'smp-widgets'), value) : __('If empty, the default is used, or the value set in Settings → SMP widgets.', 'smp-widgets');
	}

	function panels(slug, props) {
		var out = [];
		var levels = [{ label: __('Default (2)', 'smp-widgets'), value: '' }];
		for (var i = 1; i <= 6; i++) levels.push({ label: 'H' + i, value: String(i) });

		out.push(
			el(
				PanelBody,
				{ key: 'content', title: __('Content', 'smp-widgets'), initialOpen: true },
				text(props, 'heading', __('Heading', 'smp-widgets'), __('If empty, the default title is used, in the page’s language.', 'smp-widgets')),
				select(props, 'headingLevel', __('Heading level', 'smp-widgets'), levels),
				// A block saves no content, so it has no items of its own: "none" would leave the widget
				// empty. Offered only to a block that has it (pasted from a shortcode's options), to undo it.
				props.attributes.defaults === 'none'
					? select(props, 'defaults', __('Default items', 'smp-widgets'), [
							{ label: __('Show them', 'smp-widgets'), value: '' },
							{ label: __('None: only items written inside the widget', 'smp-widgets'), value: 'none' },
					  ])
					: el(HiddenItems, { key: 'hide', slug: slug, blockProps: props }),
				toggle(props, 'noDisclaimer', __('Hide the disclaimer line', 'smp-widgets')),
				props.attributes.noDisclaimer ? null : text(props, 'disclaimer', __('Disclaimer', 'smp-widgets'), __('If empty, the default disclaimer is used.', 'smp-widgets'))
			)
		);

		var look = [
			select(props, 'scheme', __('Colour scheme', 'smp-widgets'), [
				{ label: __('Follow the visitor', 'smp-widgets'), value: '' },
				{ label: __('Light', 'smp-widgets'), value: 'light' },
				{ label: __('Dark', 'smp-widgets'), value: 'dark' },
			]),
		];
		if (slug === 'pros-cons') {
			look.push(
				select(props, 'layout', __('Layout', 'smp-widgets'), [
					{ label: __('Automatic', 'smp-widgets'), value: '' },
					{ label: __('Side by side', 'smp-widgets'), value: 'columns' },
					{ label: __('Stacked', 'smp-widgets'), value: 'stacked' },
				])
			);
		}
		if (slug === 'practitioner-guide') {
			look.push(
				select(props, 'variant', __('Show', 'smp-widgets'), [
					{ label: __('Both: questions and what to do if it goes wrong', 'smp-widgets'), value: '' },
					{ label: __('Only the questions before choosing', 'smp-widgets'), value: 'choose' },
					{ label: __('Only what to do if the result is not right', 'smp-widgets'), value: 'fix' },
				])
			);
		}
		if (slug === 'recovery-timeline') {
			look.push(
				select(props, 'orientation', __('Orientation', 'smp-widgets'), [
					{ label: __('Automatic', 'smp-widgets'), value: '' },
					{ label: __('Vertical', 'smp-widgets'), value: 'vertical' },
					{ label: __('Horizontal', 'smp-widgets'), value: 'horizontal' },
				])
			);
		}
		out.push(el(PanelBody, { key: 'look', title: __('Appearance', 'smp-widgets'), initialOpen: true }, look));

		if (slug === 'recovery-timeline') {
			out.push(
				el(
					PanelBody,
					{ key: 'dates', title: __('The patient’s dates', 'smp-widgets'), initialOpen: false },
					checked(props, 'sessionDate', __('Session date', 'smp-widgets'), __('Shows the patient’s own dates. Several sessions: dates separated by spaces (YYYY-MM-DD).', 'smp-widgets'), sessionDateProblem),
					toggle(props, 'dateInput', __('Let the patient enter the date', 'smp-widgets')),
					toggle(props, 'persist', __('Remember the date in the visitor’s browser', 'smp-widgets')),
					text(props, 'sessionInterval', __('Days between sessions', 'smp-widgets'), __('If empty, not shown.', 'smp-widgets'))
				)
			);
		}
		if (slug === 'aftercare-checklist') {
			out.push(
				el(
					PanelBody,
					{ key: 'ticks', title: __('Ticks', 'smp-widgets'), initialOpen: false },
					toggle(props, 'persist', __('Remember ticks in the visitor’s browser', 'smp-widgets')),
					toggle(props, 'daily', __('Clear ticks every day', 'smp-widgets'))
				)
			);
		}
		if (slug === 'practitioner-guide') {
			out.push(
				el(
					PanelBody,
					{ key: 'ticks', title: __('Ticks', 'smp-widgets'), initialOpen: false },
					toggle(props, 'persist', __('Remember ticked questions in the visitor’s browser', 'smp-widgets'))
				)
			);
		}
		// The pros and cons shows no phone or contact page, and says only the fewest sessions and the days
		// to the assessment: it offers those two (its block.json declares no others, which would not be saved).
		var pros = slug === 'pros-cons';
		if (CLINIC.indexOf(slug) !== -1 && !pros) {
			out.push(
				el(
					PanelBody,
					{ key: 'clinic', title: __('Clinic', 'smp-widgets'), initialOpen: slug === 'aftercare-checklist' },
					checked(props, 'phone', __('Phone', 'smp-widgets'), siteValue('phone'), null, 'tel'),
					checked(props, 'contactUrl', __('Contact page', 'smp-widgets'), siteValue('contactUrl'), contactProblem, 'url')
				)
			);
		}
		if (CLINIC.indexOf(slug) !== -1) {
			var numbers = [
				['dryDays', __('Days to keep the head dry', 'smp-widgets')],
				['rednessDays', __('Days the redness lasts', 'smp-widgets')],
				['healDays', __('Days until the wounds heal', 'smp-widgets')],
				['recoveryDays', __('Days until recovery', 'smp-widgets')],
				['assessmentDays', __('Days until the result can be judged', 'smp-widgets')],
				['minSessions', __('Minimum number of sessions', 'smp-widgets')],
				['sessionHours', __('Hours a session takes', 'smp-widgets')],
			].filter(function (field) {
				return !pros || field[0] === 'assessmentDays' || field[0] === 'minSessions';
			});
			out.push(
				el(
					PanelBody,
					{ key: 'protocol', title: __('Protocol numbers', 'smp-widgets'), initialOpen: false },
					// Each control has its key (text()): a list of children.
					numbers.map(function (field) {
						return checked(props, field[0], field[1], siteValue(field[0]));
					})
				)
			);
		}
		return out;
	}

	['aftercare-checklist', 'pros-cons', 'recovery-timeline', 'practitioner-guide'].forEach(function (slug) {
		blocks.registerBlockType('smp-widgets/' + slug, {
			edit: function (props) {
				element.useEffect(function () {
					canvas(); // the canvas iframe in the editor's language (see canvas())
				});
				// A contact page of the block's own that the widget does not make a link is left out of the
				// preview once the widget has said so (see elementAttributes), as the page leaves it out.
				var contact = CLINIC.indexOf(slug) !== -1 && props.attributes.contactUrl ? decode(String(props.attributes.contactUrl)).trim() : '';
				var answered = element.useState(0)[1];
				element.useEffect(
					function () {
						if (!contact || contact in contactLinks) return;
						var live = true;
						readsContact(contact).then(function () {
							if (live) answered(function (n) {
								return n + 1;
							});
						});
						return function () {
							live = false;
						};
					},
					[contact]
				);
				return el(
					'div',
					useBlockProps(),
					el(InspectorControls, null, panels(slug, props)),
					el('smp-' + slug, elementAttributes(slug, props.attributes))
				);
			},
			save: function () {
				return null;
			},
		});
	});
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n, window.wp.htmlEntities);
