package io.steward.privacy;

import io.steward.base.CurrentUser;
import io.steward.base.PersonalData;
import io.steward.base.RetentionPolicy;
import io.steward.base.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My data": what every feature holds about the signed-in person, read by each feature's own source for that one
 * person. Nobody can ask for someone else's: the only person these methods know is the one signed in.
 */
@Service
@Transactional(readOnly = true)
public class MyDataService {

    /** The order people read their records in; kinds not listed follow, alphabetically. */
    private static final List<String> ORDER = List.of("profile", "placements", "assignments", "attempts", "quiz-answers",
            "completions", "certificates", "reminders", "record-views", "sign-ins");

    private final List<PersonalData.Source> sources;
    private final RetentionPolicy policy;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;

    MyDataService(List<PersonalData.Source> sources, RetentionPolicy policy, CurrentUser currentUser,
            JsonMapper json, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt((PersonalData.Source s) -> rank(s.kind()))
                .thenComparing(PersonalData.Source::kind)).toList();
        this.policy = policy;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    private static int rank(String kind) {
        int index = ORDER.indexOf(kind);
        return index < 0 ? ORDER.size() : index;
    }

    @PermitAll
    public MyData myData() {
        SignedInUser me = currentUser.require();
        return new MyData(me.displayName(), clock.instant(), sources.stream()
                .map(s -> new MyData.Kind(s.kind(), policy.period(s.retentionPolicy()).orElse(null), s.columns(),
                        s.recordsOf(me.employeeId())))
                .toList());
    }

    /** The same as JSON: each kind a list of objects keyed by column name. */
    @PermitAll
    public byte[] myDataAsJson() {
        MyData data = myData();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("generatedAt", data.generatedAt().toString());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (MyData.Kind kind : data.kinds()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("retention", kind.retention() == null ? null : kind.retention().toString());
            entry.put("records", kind.records().stream().map(row -> {
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < kind.columns().size(); i++) {
                    record.put(kind.columns().get(i), row.get(i));
                }
                return record;
            }).toList());
            kinds.put(kind.kind(), entry);
        }
        document.put("records", kinds);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }
}
