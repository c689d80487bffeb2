package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/**
 * Personal data of private persons: e-mail addresses, phone numbers (Chinese mobiles, North American,
 * international with +, UK mobiles in national form), payment card numbers (Luhn), Chinese resident ID
 * numbers (ISO 7064 check digit and a real birth date), WeChat ids and QQ numbers
 * ({@link MessengerIdDetector}), and Chinese home addresses down to the flat (8号楼3单元502室). The
 * company's official numbers (compared by digits), 400/800 hotlines and role mailboxes (press@, support@)
 * are company data, not PII. Numbers right after an order, tracking or invoice label are reference
 * numbers, not phone or card numbers.
 */
final class PiiDetector {

	private static final String LEGAL = "《中华人民共和国个人信息保护法》第十三条、第二十八条; GDPR Art. 5, 6";
	private static final Pattern EMAIL = Pattern.compile(
			"(?<![\\w.%+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}(?![\\w-])");
	/** An address written to slip past filters: "maria (at) example (dot) com", "maria[at]example.com". */
	private static final Pattern EMAIL_SPELLED_OUT = Pattern.compile(
			"(?<![\\w.%+-])[a-z0-9][a-z0-9._%+-]* ?[(\\[{]at[)\\]}] ?[a-z0-9-]+(?: ?(?:[(\\[{]dot[)\\]}]|\\.) ?[a-z0-9-]+)*? ?(?:[(\\[{]dot[)\\]}]|\\.) ?[a-z]{2,}(?![\\w-])");
	private static final Pattern CN_MOBILE = Pattern.compile(
			"(?<![\\d+.])(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d(?:[ .-]?\\d{4}){2}(?![\\d]|\\.\\d)");
	private static final Pattern NANP_PHONE = Pattern.compile(
			"(?<![\\d+])(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)[ .-]?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?!\\d)");
	/** A UK mobile in national form (07700 900456), written without its +44. */
	private static final Pattern UK_MOBILE = Pattern.compile("(?<![\\d+])07\\d{3} ?\\d{3} ?\\d{3}(?!\\d)");
	private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
			"(?<![\\d\\w])\\+[1-9]\\d{0,2}(?:[ .-]?\\(?\\d{1,5}\\)?){2,5}(?![\\d])");
	private static final Pattern CARD = Pattern.compile("(?<![\\d.,])[2-6]\\d{3}(?:[ -]?\\d){9,15}(?![\\d]|[.,]\\d)");
	private static final Pattern RESIDENT_ID = Pattern.compile(
			"(?<![\\da-z])[1-9]\\d{5} ?(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]) ?\\d{3}[\\dx](?![\\da-z])");
	/** A flat in a residential block: [building 号楼/栋/幢/座] unit 单元 and room (8号楼3单元502室, 3栋2单元1201). Offices have no 单元. */
	private static final Pattern CN_HOME_ADDRESS = Pattern.compile(
			"(?:[0-9一二三四五六七八九十]+(?:号楼|栋|幢|座|号院) ?-?)?[0-9一二三四五六七八九十]+ ?单元 ?-?[0-9]+(?:室|号|户)?");
	private static final Pattern REFERENCE_LABEL = Pattern.compile(
			"(?:order|tracking|invoice|ref(?:erence)?|sku|ticket|booking|case|no\\.|订单|单号|编号|运单|快递|发票|流水|工单|票号|货号|批次)[^\\n]{0,6}$");
	private static final Set<String> ROLE_MAILBOXES = Set.of("info", "hello", "contact", "support", "help",
			"service", "customerservice", "care", "press", "media", "pr", "news", "sales", "orders", "shop", "billing", "hr",
			"jobs", "careers", "recruiting", "team", "office", "admin", "marketing", "partners", "partnerships", "wholesale",
			"events", "feedback", "enquiries", "inquiries", "noreply", "no-reply", "kefu", "business", "bd");
	private static final String NUMBER_CHARS = "0123456789 .-()+x";
	/** The fewest digits of an accepted number: an international phone number. */
	private static final int FEWEST_DIGITS = 8;
	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String ID_CHECK = "10x98765432";

	private final List<String> officialDigits;
	private final MessengerIdDetector messengerIds;

	PiiDetector(BrandGlossary brand) {
		this.officialDigits = brand.officialPhones().stream().map(PiiDetector::digits).toList();
		this.messengerIds = new MessengerIdDetector(brand);
	}

	List<Finding> find(NormalisedText text) {
		String s = text.text();
		List<Finding> findings = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		List<int[]> everywhere = s.indexOf('@') < 0 ? List.of() : List.of(new int[] { 0, s.length() });
		List<int[]> numbers = numberRuns(s);
		collect(text, EMAIL, everywhere, "pii-email", "An e-mail address of a private person is personal data.", findings, taken,
				m -> !s.startsWith("://", m.start() - 3) && !isRoleMailbox(m.group()));
		collect(text, EMAIL_SPELLED_OUT, spelledOutAt(s) ? List.of(new int[] { 0, s.length() }) : List.of(), "pii-email",
				"An e-mail address of a private person is personal data, also when it is spelled out.", findings, taken, m -> true);
		collect(text, RESIDENT_ID, numbers, "pii-cn-resident-id", "A Chinese resident ID number is sensitive personal data.",
				findings, taken, m -> validResidentId(m.group()));
		collect(text, CARD, numbers, "pii-card-number", "A payment card number is personal financial data.", findings, taken,
				m -> !afterReferenceLabel(s, m.start()) && luhn(digits(m.group())) && digits(m.group()).length() >= 13
						&& digits(m.group()).length() <= 19);
		collect(text, CN_MOBILE, numbers, "pii-phone", "A private person's phone number is personal data.", findings, taken,
				m -> isPrivatePhone(s, m));
		collect(text, NANP_PHONE, numbers, "pii-phone", "A private person's phone number is personal data.", findings, taken,
				m -> isPrivatePhone(s, m));
		collect(text, UK_MOBILE, numbers, "pii-phone", "A private person's phone number is personal data.", findings, taken,
				m -> isPrivatePhone(s, m));
		collect(text, INTERNATIONAL_PHONE, numbers, "pii-phone", "A private person's phone number is personal data.", findings,
				taken, m -> {
					int n = digits(m.group()).length();
					return n >= 8 && n <= 15 && isPrivatePhone(s, m);
				});
		collect(text, CN_HOME_ADDRESS, s.contains("单元") ? List.of(new int[] { 0, s.length() }) : List.of(), "pii-home-address",
				"A private person's home address is personal data.", findings, taken, m -> true);
		for (Finding id : messengerIds.find(text)) {
			if (findings.stream().noneMatch(f -> f.start() < id.end() && id.start() < f.end())) {
				findings.add(id);
			}
		}
		return findings;
	}

	/** Mailboxes of a function, not a person (press@, support@, 客服 kefu@): an organisation's contact point. */
	private static boolean isRoleMailbox(String address) {
		return ROLE_MAILBOXES.contains(address.substring(0, address.indexOf('@')));
	}

	private static boolean spelledOutAt(String s) {
		return s.contains("(at)") || s.contains("[at]") || s.contains("{at}");
	}

	/**
	 * The runs of digits and the characters written between them (spaces, dots, dashes, brackets, plus, the x of an
	 * ID) that hold at least {@value #FEWEST_DIGITS} digits: every number the patterns accept lies in one, so
	 * they need not look anywhere else.
	 */
	static List<int[]> numberRuns(String s) {
		List<int[]> runs = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			int start = i;
			int digits = 0;
			while (i < s.length() && NUMBER_CHARS.indexOf(s.charAt(i)) >= 0) {
				digits += s.charAt(i) >= '0' && s.charAt(i) <= '9' ? 1 : 0;
				i++;
			}
			if (digits >= FEWEST_DIGITS) {
				runs.add(new int[] { start, i });
			}
			i = Math.max(i, start + 1);
		}
		return runs;
	}

	private void collect(NormalisedText text, Pattern pattern, List<int[]> regions, String ruleId, String message, List<Finding> findings,
			List<int[]> taken, java.util.function.Predicate<Matcher> accept) {
		Matcher m = pattern.matcher(text.text()).useTransparentBounds(true).useAnchoringBounds(false);
		for (int[] region : regions) {
			m.region(region[0], region[1]);
			collectIn(text, m, ruleId, message, findings, taken, accept);
		}
	}

	private void collectIn(NormalisedText text, Matcher m, String ruleId, String message, List<Finding> findings, List<int[]> taken,
			java.util.function.Predicate<Matcher> accept) {
		while (m.find()) {
			int start = m.start();
			int end = m.end();
			boolean overlaps = taken.stream().anyMatch(t -> t[0] < end && start < t[1]);
			if (overlaps || !accept.test(m)) {
				continue;
			}
			taken.add(new int[] { start, end });
			findings.add(Findings.at(text, start, end, FindingCategory.PII, ruleId, Severity.BLOCKER, message,
					"Remove it, or ask the person to contact you privately.", LEGAL));
		}
	}

	private boolean isPrivatePhone(String text, Matcher m) {
		String digits = digits(m.group());
		if (afterReferenceLabel(text, m.start()) || isOfficial(digits) || isHotline(digits)) {
			return false;
		}
		return true;
	}

	boolean isOfficial(String digits) {
		for (String official : officialDigits) {
			String shorter = digits.length() <= official.length() ? digits : official;
			String longer = digits.length() <= official.length() ? official : digits;
			if (shorter.length() >= 7 && longer.endsWith(shorter) && longer.length() - shorter.length() <= 3) {
				return true;
			}
		}
		return false;
	}

	/** Chinese 400/800 service numbers and North American toll-free numbers belong to companies. */
	static boolean isHotline(String digits) {
		String national = digits.startsWith("86") && digits.length() == 12 ? digits.substring(2) : digits;
		if (national.length() == 10 && (national.startsWith("400") || national.startsWith("800"))) {
			return true;
		}
		String nanp = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
		return nanp.length() == 10 && nanp.matches("8(00|33|44|55|66|77|88)\\d{7}");
	}

	private static boolean afterReferenceLabel(String text, int start) {
		int from = Math.max(0, start - 16);
		return REFERENCE_LABEL.matcher(text.substring(from, start)).find();
	}

	static String digits(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			if (Character.isDigit(s.charAt(i))) {
				b.append(Character.digit(s.charAt(i), 10));
			}
		}
		return b.toString();
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return !digits.isEmpty() && sum % 10 == 0;
	}

	static boolean validResidentId(String id) {
		String value = id.toLowerCase().replace(" ", "");
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (value.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		if (ID_CHECK.charAt(sum % 11) != value.charAt(17)) {
			return false;
		}
		try {
			java.time.LocalDate.parse(value.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
			return true;
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}
}
