package io.postgate.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTests {

	@Test
	void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
		assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
		assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void neutralisesSpreadsheetFormulas() {
		assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
		assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
		assertThat(AuditCsv.cell("@cmd")).isEqualTo("'@cmd");
	}
}
