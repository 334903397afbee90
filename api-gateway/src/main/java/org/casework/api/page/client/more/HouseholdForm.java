package org.casework.api.page.client.more;

import java.util.ArrayList;
import java.util.List;

/**
 * The household form as typed: the assessment's own fields, rows of people living in the dwelling and rows of
 * incomes, each income the client's or a person row's ({@code owner} is "client" or the row's number from 1).
 * Values stay text until {@link AssessmentRequest} turns them into the API's JSON.
 */
public class HouseholdForm {

    static final int MEMBER_ROWS = 4;
    static final int INCOME_ROWS = 6;
    static final int MAX_ROWS = 40;
    static final String CLIENT = "client";

    private String assessedOn;
    private String peopleInDwelling;
    private List<MemberRow> members = new ArrayList<>();
    private List<IncomeRow> incomes = new ArrayList<>();

    static HouseholdForm empty(String today) {
        HouseholdForm form = new HouseholdForm();
        form.assessedOn = today;
        form.ensureRows(MEMBER_ROWS, INCOME_ROWS);
        return form;
    }

    /** At least that many rows of each ("add a row" stops at {@link #MAX_ROWS}), the user's rows kept. */
    void ensureRows(int memberRows, int incomeRows) {
        while (members.size() < Math.min(memberRows, MAX_ROWS)) {
            members.add(new MemberRow());
        }
        while (incomes.size() < Math.min(incomeRows, MAX_ROWS)) {
            incomes.add(new IncomeRow());
        }
    }

    public String getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(String assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getPeopleInDwelling() {
        return peopleInDwelling;
    }

    public void setPeopleInDwelling(String peopleInDwelling) {
        this.peopleInDwelling = peopleInDwelling;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }

    public List<IncomeRow> getIncomes() {
        return incomes;
    }

    public void setIncomes(List<IncomeRow> incomes) {
        this.incomes = incomes;
    }

    /** A person living in the dwelling. */
    public static class MemberRow {
        private String name;
        private String birthDate;
        private String birthPlace;
        private String relation;
        private String relationNote;
        private String tenure;
        private String tenureNote;
        private String connections;

        boolean blank() {
            return Inputs.text(name) == null && Inputs.text(birthDate) == null && Inputs.text(birthPlace) == null
                    && Inputs.text(relation) == null && Inputs.text(relationNote) == null
                    && Inputs.text(tenure) == null && Inputs.text(tenureNote) == null
                    && Inputs.text(connections) == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(String birthDate) {
            this.birthDate = birthDate;
        }

        public String getBirthPlace() {
            return birthPlace;
        }

        public void setBirthPlace(String birthPlace) {
            this.birthPlace = birthPlace;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String relation) {
            this.relation = relation;
        }

        public String getRelationNote() {
            return relationNote;
        }

        public void setRelationNote(String relationNote) {
            this.relationNote = relationNote;
        }

        public String getTenure() {
            return tenure;
        }

        public void setTenure(String tenure) {
            this.tenure = tenure;
        }

        public String getTenureNote() {
            return tenureNote;
        }

        public void setTenureNote(String tenureNote) {
            this.tenureNote = tenureNote;
        }

        public String getConnections() {
            return connections;
        }

        public void setConnections(String connections) {
            this.connections = connections;
        }
    }

    /** One monthly income, of the client or of a person row. */
    public static class IncomeRow {
        private String owner = CLIENT;
        private String type;
        private String kind;
        private String kindNote;
        private String monthlyAmount;

        boolean blank() {
            return Inputs.text(type) == null && Inputs.text(kind) == null && Inputs.text(kindNote) == null
                    && Inputs.text(monthlyAmount) == null;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getKindNote() {
            return kindNote;
        }

        public void setKindNote(String kindNote) {
            this.kindNote = kindNote;
        }

        public String getMonthlyAmount() {
            return monthlyAmount;
        }

        public void setMonthlyAmount(String monthlyAmount) {
            this.monthlyAmount = monthlyAmount;
        }
    }
}
